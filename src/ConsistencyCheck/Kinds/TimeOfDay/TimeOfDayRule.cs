using System.Globalization;
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

namespace ConsistencyCheck.Kinds.TimeOfDay;

/// <summary>
/// <c>kind: time</c>: the clock time of an event ("touched down at 6:04 pm", "at 2211 GMT", "around 3 a.m. local
/// time"), bound to the nearest event word, with the zone the text names. Times in known zones are compared in UTC;
/// a time whose zone is not stated is never held against another outlet's, which may write its own zone.
/// </summary>
internal sealed class TimeOfDayRule : Rule
{
    private static readonly WholeNumberOption ToleranceMinutes = new("toleranceMinutes", 15, 0, 180);
    private static readonly WholeNumberOption SameTimeWithinDays = new("sameTimeWithinDays", 2, 0, 30);

    public static readonly RuleKind Registration = new(
        "time",
        "the clock time of an event with its zone, compared in UTC when both zones are known",
        ["events", "within", "placeWords", "negations", "notEvents", "meridiem", "zones", "localWords", "hedges", "toleranceMinutes", "sameTimeWithinDays"],
        [EventWords.WithinOption, ToleranceMinutes, SameTimeWithinDays],
        Decode);

    private readonly EventWords _events;
    private readonly ClockReader _clock;
    private readonly Phrases _hedges;

    private TimeOfDayRule(RuleHeader header, EventWords events, ClockReader clock, Phrases hedges, int tolerance, int sameTime)
        : base(header)
    {
        _events = events;
        _clock = clock;
        _hedges = hedges;
        Facts = new TimeOfDayFacts(new DayWindow(sameTime));
        Comparer = new TimeOfDayComparer(tolerance);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["time", "zone", "utc", "approximate"];

    public override string Describe(string subject) => $"the time of the {subject}";

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var events = EventWords.Read(map, gazetteer, language);
        var clock = ClockReader.Read(map);
        var hedges = Phrases.FromList(map, "hedges");
        var tolerance = ToleranceMinutes.Read(map);
        var sameTime = SameTimeWithinDays.Read(map);
        return map.Errors.Count > before ? null : new TimeOfDayRule(header, events, clock, hedges, tolerance, sameTime);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var text = article.Text;
        foreach (var (sentence, tokens, _, isDate, _) in analysis.Sentences)
        {
            string? sentenceText = null;
            for (var k = 0; k < tokens.Count; k++)
            {
                // Not the minutes of "1:32" nor the decimals of "2.45": digits glued to a mark other than a bracket
                if (tokens[k].Kind != TokenKind.Number || isDate[k]
                    || (k > 0 && tokens[k - 1].End == tokens[k].Start && tokens[k - 1].Kind != TokenKind.Word && text[tokens[k - 1].Start] != '(')
                    || _clock.At(text, tokens, k) is not { } clock)
                {
                    continue;
                }
                var first = k;
                var approximate = false;
                var before = tokens.IsWord(text, k - 1, "at") ? k - 2 : k - 1;
                if (before >= 0 && _hedges.EndingAt(text, tokens, before) is { } hedge)
                    (first, approximate) = (hedge.First, true);
                var subject = EventNear(text, tokens, first, clock.Last);
                // "6:04 pm India time (1234 GMT)": the same moment in UTC, which places a time of an unknown zone
                int? utc = null;
                var last = clock.Last;
                if (k + 1 < tokens.Count && tokens.IsMark(text, clock.Last + 1, '(') && clock.Last + 2 < tokens.Count && tokens[clock.Last + 2].Kind == TokenKind.Number
                    && _clock.At(text, tokens, clock.Last + 2) is { Offset: { } offset } given && tokens.IsMark(text, given.Last + 1, ')'))
                {
                    utc = ((given.Minute - offset) % 1440 + 1440) % 1440;
                    last = given.Last + 1;
                }
                var span = TextSpan.FromBounds(tokens[first].Start, tokens[last].End);
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(span.Start);
                claims.Add(new Claim(Id, Kind, article, subject, null, new ReportedTime(clock.Minute, clock.Zone, clock.Offset, approximate) { GivenUtc = utc },
                    article.TextOf(span), article.TextOf(span), new Evidence(article.Path, line, column, span, sentenceText)));
                k = last;
            }
        }
    }

    /// <summary>
    /// The nearest event word on either side within the rule's reach; else the event of the sentence, when it names
    /// only one ("The quake hit 44 miles southwest of the city at a depth of 18 km at 11:11 pm"); else null.
    /// </summary>
    private string? EventNear(string text, List<Token> tokens, int first, int last)
    {
        for (var d = 1; d <= _events.Within; d++)
        {
            foreach (var k in (ReadOnlySpan<int>)[first - d, last + d])
            {
                if (k >= 0 && k < tokens.Count && _events.EventAt(text, tokens, k) is { } name)
                    return name;
            }
        }
        string? only = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (_events.EventAt(text, tokens, k) is { } name)
            {
                if (only is not null && only != name)
                    return null;
                only = name;
            }
        }
        return only;
    }
}
