using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Events;

/// <summary>
/// The words of a rule's events ("summit", "talks", "lift-off") found in tokens, and the place an event is named
/// with: after a place word ("the summit in Vilnius, Lithuania"), or right after or before the event word when the
/// gazetteer knows the name ("visits Kyiv", "the Ramstein meeting").
/// </summary>
internal sealed class EventWords
{
    private readonly Gazetteer _gazetteer;
    private readonly English _english;
    private readonly NumberWords _numbers;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _eventLookup;
    private readonly FrozenSet<string> _placeWords;
    private readonly FrozenSet<string> _negations;
    private readonly Phrases _notEvents;
    private readonly int _within;

    private EventWords(Gazetteer gazetteer, LanguagePack language, Dictionary<string, string> eventByWord, IEnumerable<string> placeWords, IEnumerable<string> negations, Phrases notEvents, int within)
    {
        _gazetteer = gazetteer;
        _english = language.English;
        _numbers = language.Numbers;
        _notEvents = notEvents;
        _negations = negations.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Names = eventByWord.Values.ToFrozenSet(StringComparer.Ordinal);
        _eventLookup = eventByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _placeWords = placeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _within = within;
    }

    /// <summary>The date nearest the event word at <paramref name="k"/>, if within reach: it says which occurrence of the event is meant.</summary>
    public DateMention? NearestDate(List<DateMention> dates, int k)
    {
        DateMention? nearest = null;
        var best = _within + 1;
        foreach (var date in dates)
        {
            var distance = Math.Min(Math.Abs(date.FirstToken - k), Math.Abs(date.LastToken - k));
            if (distance < best)
                (nearest, best) = (date, distance);
        }
        return nearest;
    }

    /// <summary>The event types the rule names ("summit", "launch").</summary>
    public FrozenSet<string> Names { get; }

    /// <summary>How many tokens may stand between an event word and its date or place.</summary>
    public int Within => _within;

    public static readonly WholeNumberOption WithinOption = new("within", 8, 1, 40);

    /// <summary>The keys every event rule has: <c>events</c>, <c>within</c>, <c>placeWords</c>, <c>negations</c> and <c>notEvents</c>.</summary>
    public static EventWords Read(YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var eventByWord = map.Vocabulary("events", "event", singleWords: true);
        var within = WithinOption.Read(map);
        var placeWords = map.Strings("placeWords", required: false) ?? ["in", "at"];
        var negations = map.Strings("negations", required: false) ?? [];
        var notEvents = Phrases.FromList(map, "notEvents");
        return new EventWords(gazetteer, language, eventByWord, placeWords, negations, notEvents, within);
    }

    /// <summary>
    /// The event a word names. A word inside a hyphenated compound names an event only as the whole compound
    /// ("lift-off" is a launch, "semi-final" is not a final), which is then read at its first word. A word of the
    /// rule that names no event here (see <see cref="IsEventWord"/>) gives null.
    /// </summary>
    public string? EventAt(string text, List<Token> tokens, int k) =>
        Named(text, tokens, k) is { } name && !CountsTime(text, tokens, k) && !Negated(text, tokens, k) && _notEvents.LongestAt(text, tokens, k) is null
            ? name : null;

    /// <summary>
    /// Whether the word is one of the rule's event words at all, even where it names no event ("without a verdict",
    /// "the final results"): such a word still stands nearest a date, which is then no event's.
    /// </summary>
    public bool IsEventWord(string text, List<Token> tokens, int k) => Named(text, tokens, k) is not null;

    private string? Named(string text, List<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word)
            return null;
        // Walking a hyphenated chain from each of its words would cost its length squared; no event word is written
        // with more parts than this, so a longer chain is no compound (and none of its words an event word).
        const int MaxJoints = 7;
        var first = k;
        while (first >= 2 && IsHyphenJoint(text, tokens, first - 1))
        {
            first -= 2;
            if ((k - first) / 2 > MaxJoints)
                return null;
        }
        var last = k;
        while (last + 2 < tokens.Count && IsHyphenJoint(text, tokens, last + 1))
        {
            last += 2;
            if ((last - first) / 2 > MaxJoints)
                return null;
        }
        if (first == last)
            return _eventLookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var single) ? single : null;
        return first == k && _eventLookup.TryGetValue(text.AsSpan(token.Start, tokens[last].End - token.Start), out var compound) ? compound : null;
    }

    /// <summary>
    /// "did not meet", "there will be no summit", "ended without (reaching) a verdict": an event said not to happen has
    /// no date or place. The negation stands right before the event word or its article; "will not attend the summit"
    /// says nothing against the summit.
    /// </summary>
    private bool Negated(string text, List<Token> tokens, int k)
    {
        var j = k - 1;
        if (j >= 0 && IsDeterminer(text, tokens[j]))
            j--;
        if (j < 0 || tokens[j].Kind != TokenKind.Word)
            return false;
        var word = text.AsSpan(tokens[j].Start, tokens[j].Length);
        return _negations.ContainsWord(word)
            || (word.EndsWith("ing", StringComparison.OrdinalIgnoreCase) && j >= 1 && _negations.ContainsWord(text.AsSpan(tokens[j - 1].Start, tokens[j - 1].Length)));
    }

    /// <summary>"the final 18 months of the sentence": a word before a span of time describes it, and names no event.</summary>
    private bool CountsTime(string text, List<Token> tokens, int k) =>
        k + 2 < tokens.Count && tokens[k + 1].Kind == TokenKind.Number && tokens[k + 2].Kind == TokenKind.Word
        && _numbers.Durations.ContainsWord(text.AsSpan(tokens[k + 2].Start, tokens[k + 2].Length));

    private static bool IsHyphenJoint(string text, List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '-' or '\u2010'
        && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start
        && tokens[k - 1].Kind == TokenKind.Word && tokens[k + 1].Kind == TokenKind.Word;

    /// <summary>
    /// The place named right after the event word: a place word ("in", "at") and capitalised words, with a comma
    /// allowed before a wider place ("in Vilnius, Lithuania").
    /// </summary>
    public TextSpan? PlaceAfter(string text, List<Token> tokens, int eventToken, int dateFirst, int dateLast)
    {
        var limit = Math.Min(tokens.Count, eventToken + _within + 2);
        for (var k = eventToken + 1; k < limit - 1; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !_placeWords.ContainsWord(text.AsSpan(token.Start, token.Length)))
                continue;
            var first = k + 1;
            if (!IsPlaceWord(text, tokens, first, dateFirst, dateLast))
                continue;
            var last = first;
            while (true)
            {
                if (last + 1 < tokens.Count && IsPlaceWord(text, tokens, last + 1, dateFirst, dateLast))
                    last++;
                else if (last + 2 < tokens.Count && text[tokens[last + 1].Start] == ',' && IsPlaceWord(text, tokens, last + 2, dateFirst, dateLast))
                    last += 2;
                else
                    break;
            }
            // "at Civic Renewal's offices": words the gazetteer does not know own the place, they are not it ("at
            // Dublin's courts" is in Dublin)
            if (Possessive.At(text, tokens, last + 1) && !IsKnownPlace(text.AsSpan(tokens[first].Start, tokens[last].End - tokens[first].Start)))
                continue;
            return TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
        }
        return ObjectPlace(text, tokens, eventToken, dateFirst, dateLast);
    }

    /// <summary>
    /// A known place right after the event word, as its object ("visits Kyiv", "attacked Kharkiv"), when no place
    /// word names one: not a place that only describes what follows ("meet Lviv delegates").
    /// </summary>
    private TextSpan? ObjectPlace(string text, List<Token> tokens, int eventToken, int dateFirst, int dateLast)
    {
        var next = eventToken + 1;
        if (next >= tokens.Count || !IsPlaceWord(text, tokens, next, dateFirst, dateLast) || !IsKnownPlace(text.AsSpan(tokens[next].Start, tokens[next].Length)))
            return null;
        var after = next + 1;
        var described = after < tokens.Count && tokens[after].Kind == TokenKind.Word && char.IsLower(text[tokens[after].Start])
            && !_english.FunctionWords.ContainsWord(text.AsSpan(tokens[after].Start, tokens[after].Length));
        return described ? null : new TextSpan(tokens[next].Start, tokens[next].Length);
    }

    private bool IsPlaceWord(string text, List<Token> tokens, int k, int dateFirst, int dateLast)
    {
        if (k >= tokens.Count || (k >= dateFirst && k <= dateLast))
            return false;
        var token = tokens[k];
        var word = text.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word && char.IsUpper(word[0])
            && !CalendarWords.Months.ContainsKey(word) && !CalendarWords.Weekdays.ContainsKey(word);
    }

    /// <summary>"the summit", "the NATO summit", "this meeting", "Friday's meeting": an event already named, not any event.</summary>
    public bool IsDefinite(string text, List<Token> tokens, int eventToken)
    {
        for (var k = eventToken - 1; k >= 0 && k >= eventToken - 4; k--)
        {
            var token = tokens[k];
            var word = text.AsSpan(token.Start, token.Length);
            if (token.Kind == TokenKind.Punctuation)
                return word is "'" or "\u2019";
            if (word is "s" && k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation)
                continue; // a possessive: "Friday's meeting"
            if (_english.Definite.ContainsWord(word))
                return true;
            if (!char.IsUpper(word[0]))
                return false;
        }
        return false;
    }

    /// <summary>
    /// The words that name a one-off event the reader already knows: "the takeover" is "", "the Northwind takeover" and
    /// "the takeover of Northwind Freight" name it. Null for a mention that may be another one: "a merger", "its own
    /// acquisition", "Osterlund's acquisition".
    /// </summary>
    public string? Identity(string text, List<Token> tokens, int eventToken)
    {
        var names = new List<string>();
        var k = eventToken - 1;
        for (; k >= 0 && tokens[k].Kind == TokenKind.Word && char.IsUpper(text[tokens[k].Start]) && !IsDeterminer(text, tokens[k]); k--)
            names.Insert(0, text.Substring(tokens[k].Start, tokens[k].Length));
        if (k < 0 || tokens[k].Kind != TokenKind.Word || !_english.Definite.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            return null;
        var after = eventToken + 1;
        if (names.Count == 0 && after + 1 < tokens.Count && text.AsSpan(tokens[after].Start, tokens[after].Length) is "of")
        {
            for (var j = after + 1; j < tokens.Count && tokens[j].Kind == TokenKind.Word && char.IsUpper(text[tokens[j].Start]); j++)
                names.Add(text.Substring(tokens[j].Start, tokens[j].Length));
        }
        return Places.Fold(string.Join(' ', names));
    }

    /// <summary>
    /// A place named just before the event word ("the Ramstein meeting", "the Vilnius summit"): capitalised words the
    /// gazetteer knows as a place, so that "the NATO summit" names no place.
    /// </summary>
    public TextSpan? PlaceBefore(string text, List<Token> tokens, int eventToken)
    {
        var first = eventToken;
        while (first - 1 >= 0 && eventToken - first < 3 && tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[first - 1].Start])
               && !IsDeterminer(text, tokens[first - 1])
               && !CalendarWords.Months.ContainsKey(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length))
               && !CalendarWords.Weekdays.ContainsKey(text.AsSpan(tokens[first - 1].Start, tokens[first - 1].Length)))
            first--;
        if (first == eventToken || first == 0 || !IsDeterminer(text, tokens[first - 1]))
            return null;
        var span = TextSpan.FromBounds(tokens[first].Start, tokens[eventToken - 1].End);
        return IsKnownPlace(text.AsSpan(span.Start, span.Length)) ? span : null;
    }

    /// <summary>A name the gazetteer knows, and not a grammar word that a small town shares ("As" in Belgium).</summary>
    private bool IsKnownPlace(ReadOnlySpan<char> name) =>
        !_english.FunctionWords.ContainsWord(name) && !_gazetteer.Find(name).IsEmpty;

    private bool IsDeterminer(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return _english.Articles.ContainsWord(word)
            || _english.Definite.ContainsWord(word);
    }
}
