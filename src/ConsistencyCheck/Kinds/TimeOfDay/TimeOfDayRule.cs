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
    private readonly List<(string Phrase, int Shift)> _meridiem;
    private readonly List<(string Phrase, (string Name, int? Offset) Zone)> _zones;
    private readonly Phrases _hedges;

    private TimeOfDayRule(RuleHeader header, EventWords events, List<(string, int)> meridiem, List<(string, (string, int?))> zones, Phrases hedges,
        int tolerance, int sameTime)
        : base(header)
    {
        _events = events;
        _meridiem = [.. meridiem.OrderByDescending(m => m.Item1.Length)];
        _zones = [.. zones.OrderByDescending(z => z.Item1.Length)];
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
        var meridiem = new List<(string, int)>();
        if (map.Map("meridiem", required: true) is { } halves)
        {
            halves.RejectUnknownKeys(["am", "pm"], "'meridiem'");
            meridiem.AddRange((halves.Strings("am", required: true) ?? []).Select(w => (w, 0)));
            meridiem.AddRange((halves.Strings("pm", required: true) ?? []).Select(w => (w, 12 * 60)));
        }
        var zones = new List<(string, (string, int?))>();
        if (map.Map("zones", required: false) is { } zoneMap)
        {
            foreach (var (nameNode, _) in zoneMap.Node.Children)
            {
                var name = nameNode.ToString();
                if (zoneMap.Map(name, required: true) is not { } zone)
                    continue;
                zone.RejectUnknownKeys(["offset", "words"], $"zone '{name}'");
                var offset = zone.Int("offset", -12 * 60, 14 * 60);
                zones.AddRange((zone.Strings("words", required: true) ?? []).Select(w => (w, (name, offset))));
            }
        }
        zones.AddRange((map.Strings("localWords", required: false) ?? []).Select(w => (w, ("local", (int?)null))));
        var hedges = Phrases.FromList(map, "hedges");
        var tolerance = ToleranceMinutes.Read(map);
        var sameTime = SameTimeWithinDays.Read(map);
        return map.Errors.Count > before ? null : new TimeOfDayRule(header, events, meridiem, zones, hedges, tolerance, sameTime);
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
                    || ClockAt(text, tokens, k) is not { } clock)
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
                    && ClockAt(text, tokens, clock.Last + 2) is { Offset: { } offset } given && tokens.IsMark(text, given.Last + 1, ')'))
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
    /// A clock time from token <paramref name="k"/>: "6:04 pm", "6.30 p.m.", "3 AM", "22:00 GMT", "2211 GMT", "11:50".
    /// A bare number is a time only with a half of the day or a zone after it; "6.04" alone may be a figure.
    /// </summary>
    private (int Minute, string? Zone, int? Offset, int Last)? ClockAt(string text, List<Token> tokens, int k)
    {
        var digits = text.AsSpan(tokens[k].Start, tokens[k].Length);
        int hour, minute = 0, last = k;
        var colon = false;
        if (digits.Length == 4)
        {
            var value = int.Parse(digits, CultureInfo.InvariantCulture);
            (hour, minute) = (value / 100, value % 100);
        }
        else if (digits.Length <= 2)
        {
            hour = int.Parse(digits, CultureInfo.InvariantCulture);
            if (k + 2 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punctuation && text[tokens[k + 1].Start] is ':' or '.'
                && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End
                && tokens[k + 2].Kind == TokenKind.Number && tokens[k + 2].Length == 2)
            {
                colon = text[tokens[k + 1].Start] == ':';
                minute = int.Parse(text.AsSpan(tokens[k + 2].Start, 2), CultureInfo.InvariantCulture);
                last = k + 2;
            }
        }
        else
        {
            return null;
        }
        var half = Match(text, tokens, last + 1, _meridiem);
        if (half is { } h)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + h.Value / 60;
            last = h.Last;
        }
        var zone = Match(text, tokens, last + 1, _zones);
        if (zone is { } z)
            last = z.Last;
        // Without a half of the day or a zone, only "22:00" written with a colon is a time; four digits need a zone
        if ((half is null && zone is null && !colon) || (digits.Length == 4 && zone is null) || hour > 23 || minute > 59)
            return null;
        return (hour * 60 + minute, zone?.Value.Name, zone?.Value.Offset, last);
    }

    /// <summary>The longest of the phrases written from token <paramref name="k"/>, dots and all ("p.m.", "local time").</summary>
    private static (T Value, int Last)? Match<T>(string text, List<Token> tokens, int k, List<(string Phrase, T Value)> phrases)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
            return null;
        // Compared in place, piece by piece: this runs at every number of every sentence
        foreach (var (phrase, value) in phrases)
        {
            var at = 0;
            for (var i = k; i < tokens.Count; i++)
            {
                if (i > k && tokens[i].Start > tokens[i - 1].End && (at >= phrase.Length || phrase[at++] != ' '))
                    break;
                var piece = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (at + piece.Length > phrase.Length || !phrase.AsSpan(at, piece.Length).Equals(piece, StringComparison.OrdinalIgnoreCase))
                    break;
                at += piece.Length;
                if (at == phrase.Length)
                    return (value, i);
            }
        }
        return null;
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
