using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Recognisers.Dates;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Rules.Kinds;

/// <summary>
/// <c>kind: event-date</c>: the date of an event (a summit, a visit, an invasion…), found as a date expression
/// standing near one of the event's words, and compared as day intervals.
/// </summary>
internal sealed class EventDateRule : Rule
{
    public static readonly RuleKind Registration = new(
        "event-date",
        "the date of an event, near one of its words, compared as day intervals",
        ["events", "within", "separateAfterDays", "placeWords", "coreference"],
        Decode);

    private readonly FrozenDictionary<string, string> _eventByWord;
    private readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _eventLookup;
    private readonly FrozenSet<string> _placeWords;
    private readonly int _within;
    private readonly int _separateAfterDays;
    private readonly bool _coreference;

    private EventDateRule(RuleHeader header, Dictionary<string, string> eventByWord, IEnumerable<string> placeWords, int within, int separateAfterDays,
        bool coreference)
        : base(header)
    {
        _coreference = coreference;
        _eventByWord = eventByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _eventLookup = _eventByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        _placeWords = placeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _within = within;
        _separateAfterDays = separateAfterDays;
    }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["start", "end", "grain", "approximate"];

    private static Rule? Decode(RuleHeader header, YamlMap map)
    {
        var before = map.Errors.Count;
        var eventByWord = map.Vocabulary("events", "event", singleWords: true);
        var within = map.Int("within", 1, 40) ?? 8;
        var separate = map.Int("separateAfterDays", 1, 3650) ?? 120;
        var placeWords = map.Strings("placeWords", required: false) ?? ["in", "at"];
        var coreference = map.Bool("coreference") ?? false;
        return map.Errors.Count > before ? null : new EventDateRule(header, eventByWord, placeWords, within, separate, coreference);
    }

    public override void Extract(Article article, List<Claim> claims)
    {
        // The place each event was last named with, for "the summit" in a later sentence
        var lastPlace = _coreference ? new Dictionary<string, (string Place, DateRange? When)>(StringComparer.Ordinal) : null;
        foreach (var (sentence, tokens, mentions, _, _) in ArticleAnalysis.Of(article).Sentences)
        {
            string? sentenceText = null;
            foreach (var mention in mentions)
            {
                var eventToken = NearestEvent(article.Text, tokens, mention);
                string? subject = null;
                string? place = null;
                var matched = mention.Span;
                if (eventToken >= 0)
                {
                    var t = tokens[eventToken];
                    subject = EventAt(article.Text, tokens, eventToken);
                    place = PlaceAfter(article.Text, tokens, eventToken, mention.FirstToken, mention.LastToken);
                    if (place is null && lastPlace is not null && IsDefinite(article.Text, tokens, eventToken)
                        && lastPlace.TryGetValue(subject!, out var earlier)
                        && (earlier.When is not { } when || when.DistanceTo(((ReportedDate)mention.Value).Range) <= _separateAfterDays))
                        place = earlier.Place;
                    matched = matched.Union(new TextSpan(t.Start, t.Length));
                }
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(mention.Span.Start);
                var evidence = new Evidence(article.Path, line, column, mention.Span, sentenceText);
                claims.Add(new Claim(this, article, subject, place, mention.Value, article.TextOf(mention.Span),
                    article.TextOf(matched), evidence, mention.Conflict));
            }
            if (lastPlace is not null)
                RememberPlaces(article.Text, tokens, mentions, lastPlace);
        }
    }

    /// <summary>
    /// Notes the place every event of the sentence is named with, and the date beside it if any: "the final" a
    /// year later is another final, and does not take its place.
    /// </summary>
    private void RememberPlaces(string text, List<Token> tokens, List<DateMention> mentions, Dictionary<string, (string, DateRange?)> lastPlace)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (EventAt(text, tokens, k) is not { } subject)
                continue;
            var date = mentions.FindIndex(m => m.FirstToken > k);
            var (first, last) = date >= 0 ? (mentions[date].FirstToken, mentions[date].LastToken) : (-1, -1);
            if (PlaceAfter(text, tokens, k, first, last) is { } place)
            {
                var nearest = mentions.Count == 0 ? (DateMention?)null
                    : mentions.MinBy(m => Math.Min(Math.Abs(m.FirstToken - k), Math.Abs(m.LastToken - k)));
                lastPlace[subject] = (place, nearest is { } n && Math.Min(Math.Abs(n.FirstToken - k), Math.Abs(n.LastToken - k)) <= _within
                    ? ((ReportedDate)n.Value).Range : null);
            }
        }
    }

    /// <summary>"the summit", "the NATO summit", "this meeting", "Friday's meeting": an event already named, not any event.</summary>
    private static bool IsDefinite(string text, List<Token> tokens, int eventToken)
    {
        for (var k = eventToken - 1; k >= 0 && k >= eventToken - 4; k--)
        {
            var token = tokens[k];
            var word = text.AsSpan(token.Start, token.Length);
            if (token.Kind == TokenKind.Punctuation)
                return word is "'" or "\u2019";
            if (word is "s" && k > 0 && tokens[k - 1].Kind == TokenKind.Punctuation)
                continue; // a possessive: "Friday's meeting"
            if (word.Equals("the", StringComparison.OrdinalIgnoreCase) || word.Equals("this", StringComparison.OrdinalIgnoreCase)
                || word.Equals("that", StringComparison.OrdinalIgnoreCase))
                return true;
            if (!char.IsUpper(word[0]))
                return false;
        }
        return false;
    }

    /// <summary>The event word closest to the date within the rule's reach; on a tie, the one before the date.</summary>
    private int NearestEvent(string text, List<Token> tokens, DateMention mention)
    {
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k >= mention.FirstToken && k <= mention.LastToken)
                continue;
            if (EventAt(text, tokens, k) is null)
                continue;
            var distance = k < mention.FirstToken ? mention.FirstToken - k : k - mention.LastToken;
            if (distance <= _within && distance < bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>
    /// The event a word names. A word inside a hyphenated compound names an event only as the whole compound
    /// ("lift-off" is a launch, "semi-final" is not a final), which is then read at its first word.
    /// </summary>
    private string? EventAt(string text, List<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Word)
            return null;
        var first = k;
        while (first >= 2 && IsHyphenJoint(text, tokens, first - 1))
            first -= 2;
        var last = k;
        while (last + 2 < tokens.Count && IsHyphenJoint(text, tokens, last + 1))
            last += 2;
        if (first == last)
            return _eventLookup.TryGetValue(text.AsSpan(token.Start, token.Length), out var single) ? single : null;
        return first == k && _eventLookup.TryGetValue(text.AsSpan(token.Start, tokens[last].End - token.Start), out var compound) ? compound : null;
    }

    private static bool IsHyphenJoint(string text, List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '-' or '\u2010'
        && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start
        && tokens[k - 1].Kind == TokenKind.Word && tokens[k + 1].Kind == TokenKind.Word;

    /// <summary>
    /// The place named right after the event word: a place word ("in", "at") and capitalised words, with a comma
    /// allowed before a wider place ("in Vilnius, Lithuania").
    /// </summary>
    private string? PlaceAfter(string text, List<Token> tokens, int eventToken, int dateFirst, int dateLast)
    {
        var limit = Math.Min(tokens.Count, eventToken + _within + 2);
        for (var k = eventToken + 1; k < limit - 1; k++)
        {
            var token = tokens[k];
            if (token.Kind != TokenKind.Word || !_placeWords.Contains(text.Substring(token.Start, token.Length)))
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
            return text[tokens[first].Start..tokens[last].End];
        }
        return null;
    }

    private static bool IsPlaceWord(string text, List<Token> tokens, int k, int dateFirst, int dateLast)
    {
        if (k >= tokens.Count || (k >= dateFirst && k <= dateLast))
            return false;
        var token = tokens[k];
        var word = text.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word && char.IsUpper(word[0])
            && !CalendarWords.Months.ContainsKey(word) && !CalendarWords.Weekdays.ContainsKey(word);
    }

    public override bool SameFact(Claim a, Claim b)
    {
        if (a.Subject != b.Subject)
            return false;
        var x = ((ReportedDate)a.Value).Range;
        var y = ((ReportedDate)b.Value).Range;
        return x.DistanceTo(y) <= _separateAfterDays;
    }

    public override Comparison Compare(Claim a, Claim b) => DateComparison.Compare((ReportedDate)a.Value, (ReportedDate)b.Value);

    public override bool MayContradict(Claim a, Claim b) => Stance(a) * Stance(b) >= 0;

    /// <summary>1 for a plan (a date after the article's own), -1 for a report (on or before it), 0 for a span that holds both.</summary>
    private static int Stance(Claim claim)
    {
        var range = ((ReportedDate)claim.Value).Range;
        return range.Start > claim.Article.Published ? 1 : range.End <= claim.Article.Published ? -1 : 0;
    }

    public override string Describe(string subject) => $"the date of the {subject}";
}
