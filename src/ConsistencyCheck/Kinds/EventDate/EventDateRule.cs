using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Events;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.EventDate;

/// <summary>
/// <c>kind: event-date</c>: the date of an event (a summit, a visit, an invasion…), found as a date expression
/// standing near one of the event's words, and compared as day intervals.
/// </summary>
internal sealed class EventDateRule : Rule
{
    private static readonly WholeNumberOption SeparateAfterDays = new("separateAfterDays", 120, 1, 3650);
    private static readonly YesNoOption Coreference = new("coreference", false);
    private static readonly WholeNumberOption OneOffWithinDays = new("oneOffWithinDays", 7, 0, 365);

    public static readonly RuleKind Registration = new(
        "event-date",
        "the date of an event, near one of its words, compared as day intervals",
        ["events", "within", "separateAfterDays", "placeWords", "negations", "notEvents", "reportingVerbs", "coreference", "oneOff", "oneOffWithinDays"],
        [EventWords.WithinOption, SeparateAfterDays, Coreference, OneOffWithinDays],
        Decode);

    private readonly EventWords _events;
    private readonly int _within;
    private readonly DayWindow _oneEvent;
    private readonly bool _coreference;
    private readonly FrozenSet<string> _oneOff;
    private readonly FrozenSet<string> _reportingVerbs;

    private EventDateRule(RuleHeader header, EventWords events, int separateAfterDays, bool coreference, IEnumerable<string> oneOff, int oneOffWithinDays,
        IEnumerable<string> reportingVerbs)
        : base(header)
    {
        _reportingVerbs = reportingVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _oneOff = oneOff.ToFrozenSet(StringComparer.Ordinal);
        Facts = new EventDateFacts(new DayWindow(separateAfterDays), new DayWindow(oneOffWithinDays));
        _coreference = coreference;
        _events = events;
        _within = events.Within;
        _oneEvent = new DayWindow(separateAfterDays);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; } = new EventDateComparer();

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["start", "end", "grain", "approximate"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var events = EventWords.Read(map, gazetteer, language);
        var separate = SeparateAfterDays.Read(map);
        var coreference = Coreference.Read(map);
        var oneOff = map.NamesAmong("oneOff", events.Names, "events");
        var oneOffWithin = OneOffWithinDays.Read(map);
        var reportingVerbs = map.Strings("reportingVerbs", required: false) ?? [];
        return map.Errors.Count > before ? null : new EventDateRule(header, events, separate, coreference, oneOff, oneOffWithin, reportingVerbs);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        // The place each event was last named with, for "the summit" in a later sentence
        var lastPlace = _coreference ? new Dictionary<string, (string Place, DateRange? When)>(StringComparer.Ordinal) : null;
        foreach (var (sentence, tokens, mentions, _, _) in analysis.Sentences)
        {
            string? sentenceText = null;
            foreach (var mention in mentions)
            {
                // "since 2019, when he was convicted": a span up to the article's day is no event's date; nor is the
                // day a wire story was filed, in its dateline
                var eventToken = IsSince(article.Text, tokens, mention) || DatesTheSaying(article.Text, tokens, mention)
                    || Dateline.Holds(article.Text, tokens, mention.FirstToken, mention.LastToken) ? -1
                    : NearestEvent(article.Text, tokens, mentions, mention);
                string? subject = null;
                string? place = null;
                var matched = mention.Span;
                if (eventToken >= 0)
                {
                    var t = tokens[eventToken];
                    subject = _events.EventAt(article.Text, tokens, eventToken);
                    place = (_events.PlaceAfter(article.Text, tokens, eventToken, mention.FirstToken, mention.LastToken)
                        ?? _events.PlaceBefore(article.Text, tokens, eventToken)) is { } named ? article.TextOf(named) : null;
                    if (place is null && lastPlace is not null && _events.IsDefinite(article.Text, tokens, eventToken)
                        && lastPlace.TryGetValue(subject!, out var earlier)
                        && (earlier.When is not { } when || _oneEvent.Holds(when, ((ReportedDate)mention.Value).Range)))
                        place = earlier.Place;
                    matched = matched.Union(new TextSpan(t.Start, t.Length));
                }
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(mention.Span.Start);
                var evidence = new Evidence(article.Path, line, column, mention.Span, sentenceText);
                claims.Add(new Claim(Id, Kind, article, subject, place, mention.Value, article.TextOf(mention.Span),
                    article.TextOf(matched), evidence, mention.Conflict)
                {
                    Identity = subject is not null && _oneOff.Contains(subject) ? _events.Identity(article.Text, tokens, eventToken) : null,
                });
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
            if (_events.EventAt(text, tokens, k) is not { } subject)
                continue;
            var date = mentions.FindIndex(m => m.FirstToken > k);
            var (first, last) = date >= 0 ? (mentions[date].FirstToken, mentions[date].LastToken) : (-1, -1);
            if ((_events.PlaceAfter(text, tokens, k, first, last) ?? _events.PlaceBefore(text, tokens, k)) is not { } named)
                continue;
            lastPlace[subject] = (text[named.Start..named.End], _events.NearestDate(mentions, k)?.Value.Range);
        }
    }

    private static bool IsSince(string text, List<Token> tokens, DateMention mention) =>
        text.AsSpan(tokens[mention.FirstToken].Start, tokens[mention.FirstToken].Length).Equals("since", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// "She said on Tuesday that talks would begin on Thursday": the first date is when she said it. "The ministry said
    /// Thursday's summit ended" dates the summit.
    /// </summary>
    private bool DatesTheSaying(string text, List<Token> tokens, DateMention mention)
    {
        if (Possessive.At(text, tokens, mention.LastToken + 1))
            return false;
        var k = mention.FirstToken - 1;
        if (k >= 0 && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("on", StringComparison.OrdinalIgnoreCase))
            k--;
        return k >= 0 && tokens[k].Kind == TokenKind.Word && _reportingVerbs.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length));
    }

    /// <summary>
    /// "Sunday's election, confirmed on Wednesday": an event word with its own date right before it ("Sunday's
    /// election", "the July 11 summit") takes no other date outside that one; "last year's final on 31 May 2025" only
    /// says the day.
    /// </summary>
    private static bool DatedOtherwise(string text, List<Token> tokens, List<DateMention> mentions, int eventToken, DateMention mention)
    {
        foreach (var other in mentions)
        {
            if (other.Span == mention.Span)
                continue;
            if (Possessive.Skip(text, tokens, other.LastToken + 1) == eventToken && !other.Value.Range.Contains(mention.Value.Range))
                return true;
        }
        return false;
    }

    /// <summary>
    /// The event word closest to the date within the rule's reach; on a tie, the one before the date. When the closest
    /// word names no event here ("without a verdict", "the final results", "Sunday's election" for another date), the
    /// date is no event's: a farther event word does not take it.
    /// </summary>
    private int NearestEvent(string text, List<Token> tokens, List<DateMention> mentions, DateMention mention)
    {
        // "Sunday's election", "the July 11 summit": the date names the event right after it
        var next = Possessive.Skip(text, tokens, mention.LastToken + 1);
        if (next < tokens.Count && _events.EventAt(text, tokens, next) is not null)
            return next;
        var best = -1;
        var bestDistance = int.MaxValue;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (k >= mention.FirstToken && k <= mention.LastToken)
                continue;
            if (!_events.IsEventWord(text, tokens, k))
                continue;
            var distance = k < mention.FirstToken ? Distance(text, tokens, k, mention.FirstToken) : Distance(text, tokens, mention.LastToken, k);
            if (distance <= _within && distance < bestDistance)
            {
                best = k;
                bestDistance = distance;
            }
        }
        return best >= 0 && (_events.EventAt(text, tokens, best) is null || DatedOtherwise(text, tokens, mentions, best, mention)) ? -1 : best;
    }

    /// <summary>
    /// How far apart two tokens stand: quote marks, apostrophes and a hyphen inside a word ("Russia’s moon mission
    /// ‘Luna-25’ crashed") add no distance, as they add no words; a comma or a full stop does, as it may end the
    /// event's clause.
    /// </summary>
    private static int Distance(string text, List<Token> tokens, int from, int to)
    {
        var distance = 1;
        for (var k = from + 1; k < to; k++)
        {
            if (!IsInsideWords(text, tokens, k))
                distance++;
        }
        return distance;
    }

    private static bool IsInsideWords(string text, List<Token> tokens, int k)
    {
        var token = tokens[k];
        if (token.Kind != TokenKind.Punctuation)
            return false;
        var c = text[token.Start];
        if (c is '\'' or '"' or '‘' or '’' or '“' or '”')
            return true;
        // A hyphen or slash between two words with no space: "Luna-25", "Chandrayaan-3"
        return c is '-' or '/' && token.Start > 0 && token.End < text.Length
            && !char.IsWhiteSpace(text[token.Start - 1]) && !char.IsWhiteSpace(text[token.End]);
    }

    public override string Describe(string subject) => $"the date of the {subject}";
}
