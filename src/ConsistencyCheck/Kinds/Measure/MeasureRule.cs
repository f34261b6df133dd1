using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Numbers;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;
using Humanizer;

namespace ConsistencyCheck.Kinds.Measure;

/// <summary>
/// <c>kind: measure</c>: a figure with a unit ("a depth of 18.5 km", "40.3C (104.5F)", "a magnitude of 6.8", "72
/// kilometres southwest of Marrakesh"), converted into its family's base unit and compared as an interval as wide as
/// the figure's precision. Its subject is read from the text: a subject word near it ("depth", "tall"), the place a
/// distance is measured from, or what the family's units measure by themselves. A conversion in parentheses is the
/// same figure; one that does not match is the article's own contradiction.
/// </summary>
internal sealed class MeasureRule : Rule
{
    private static readonly WholeNumberOption Within = new("within", 4, 1, 12);
    private static readonly WholeNumberOption Tolerance = new("tolerance", 10, 0, 50);
    private static readonly WholeNumberOption SameTimeWithinDays = new("sameTimeWithinDays", 3, 0, 3650);
    private static readonly WholeNumberOption ApartPercent = new("apartPercent", 100, 1, 10000);

    public static readonly RuleKind Registration = new(
        "measure",
        "a figure with a unit, converted to its family's base unit and compared as an interval at the precision given",
        ["units", "families", "subjects", "agencySubjects", "distanceWords", "placeWords", "bodyWords", "saidVerbs", "within", "tolerance", "sameTimeWithinDays", "apartPercent"],
        [Within, Tolerance, SameTimeWithinDays, ApartPercent],
        Decode);

    private readonly Gazetteer _gazetteer;
    private readonly English _english;
    private readonly NumberWords _numbers;
    private readonly MeasureUnits _units;
    private readonly FrozenDictionary<string, string> _subjectByWord;
    private readonly FrozenSet<string> _distanceWords;
    private readonly FrozenSet<string> _placeWords;
    private readonly Sources _sources;
    private readonly FrozenSet<string> _agencySubjects;
    private readonly int _within;
    private readonly decimal _tolerance;

    private MeasureRule(RuleHeader header, Gazetteer gazetteer, LanguagePack language, MeasureUnits units, Dictionary<string, string> subjectByWord,
        IEnumerable<string> distanceWords, IEnumerable<string> placeWords, Phrases bodyWords, IEnumerable<string> saidVerbs, IEnumerable<string> agencySubjects, int within, decimal tolerance, int sameTime, decimal apart)
        : base(header)
    {
        _gazetteer = gazetteer;
        _english = language.English;
        _numbers = language.Numbers;
        _units = units;
        _subjectByWord = subjectByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _distanceWords = distanceWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _placeWords = placeWords.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _sources = new Sources(bodyWords, saidVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase), FrozenSet<string>.Empty, language.English);
        _within = within;
        _tolerance = tolerance;
        Facts = new MeasureFacts(new DayWindow(sameTime));
        _agencySubjects = agencySubjects.ToFrozenSet(StringComparer.Ordinal);
        Comparer = new MeasureComparer(_agencySubjects, apart);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["family", "unit", "low", "high", "converted", "body"];

    public override string Describe(string subject) => $"the {subject}";

    public override string SelfContradictionSubject => "conversion";

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var units = MeasureUnits.Read(map);
        var subjects = map.Has("subjects") ? map.Vocabulary("subjects", "subject", singleWords: true) : [];
        var distanceWords = map.Strings("distanceWords", required: false) ?? [];
        var placeWords = map.Strings("placeWords", required: false) ?? [];
        var bodyWords = Phrases.FromList(map, "bodyWords");
        var saidVerbs = map.Strings("saidVerbs", required: false) ?? [];
        var within = Within.Read(map);
        var tolerance = Tolerance.Read(map);
        var sameTime = SameTimeWithinDays.Read(map);
        var apart = ApartPercent.Read(map);
        var agencySubjects = map.Strings("agencySubjects", required: false) ?? [];
        return map.Errors.Count > before ? null
            : new MeasureRule(header, gazetteer, language, units, subjects, distanceWords, placeWords, bodyWords, saidVerbs, agencySubjects, within, tolerance / 100m, sameTime,
                1 + apart / 100m);
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var text = article.Text;
        var figures = new List<QuantityMention>();
        foreach (var (sentence, tokens, _, isDate, _) in analysis.Sentences)
        {
            figures.Clear();
            // Most sentences name no unit: the numbers are read again only where one stands
            if (!NamesAUnit(text, tokens))
                continue;
            QuantityScan.FindBare(text, tokens, isDate, _numbers.Figures, figures);
            string? sentenceText = null;
            string? body = null;
            var bodyRead = false;
            for (var f = 0; f < figures.Count; f++)
            {
                var figure = figures[f];
                if (figure.Currency is not null || figure.Percent || figure.Vague || Read(text, tokens, figure) is not { } first)
                    continue;
                var (reading, unitFirst, unitLast) = first;
                Reading? converted = null;
                var last = Math.Max(unitLast, figure.LastToken);
                // "18.5km (11.5 miles)": the figure again in another unit of its family
                if (f + 1 < figures.Count && tokens.IsMark(text, last + 1, '(') && figures[f + 1].FirstToken == last + 2
                    && Read(text, tokens, figures[f + 1], conversion: true) is { } second && second.Reading.Unit.Family == reading.Unit.Family
                    && tokens.IsMark(text, second.UnitLast + 1, ')'))
                {
                    converted = second.Reading;
                    last = second.UnitLast + 1;
                    f++;
                }
                var family = _units.Families[reading.Unit.Family];
                var (low, high) = converted is { } c ? (Math.Max(reading.Low, c.Low), Math.Min(reading.High, c.High)) : (reading.Low, reading.High);
                string? conflict = null;
                if (low > high)
                {
                    var other = converted!.Value;
                    var written = figure.Bound is Bound.AtMost or Bound.Below ? reading.High : figure.Bound is Bound.Above or Bound.AtLeast ? reading.Low
                        : (reading.Low + reading.High) / 2;
                    var inOther = written / other.Unit.Factor - other.Unit.Offset;
                    conflict = $"{reading.Written} is about {ReportedMeasure.Figure(Math.Round(inOther, 1))} {other.Unit.Symbol}, not {other.Written}";
                    (low, high) = (reading.Low, reading.High);
                }
                var (subject, place, reference) = SubjectOf(text, tokens, isDate, Math.Min(figure.FirstToken, unitFirst), last, family);
                if (subject is not null && _agencySubjects.Contains(subject) && !bodyRead)
                    (body, bodyRead) = (_sources.In(text, tokens), true);
                var measuredBy = subject is not null && _agencySubjects.Contains(subject) ? body : null;
                var span = new TextSpan(tokens[Math.Min(figure.FirstToken, unitFirst)].Start, tokens[last].End - tokens[Math.Min(figure.FirstToken, unitFirst)].Start);
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(span.Start);
                claims.Add(new Claim(Id, Kind, article, subject, place, new ReportedMeasure(reading, converted, low, high, measuredBy) { Reference = reference }, article.TextOf(span),
                    article.TextOf(span), new Evidence(article.Path, line, column, span, sentenceText), conflict));
            }
        }
    }

    private bool NamesAUnit(string text, List<Token> tokens)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (tokens[k].Kind == TokenKind.Word && (_units.After.LongestAt(text, tokens, k) is not null || _units.Before.LongestAt(text, tokens, k) is not null))
                return true;
        }
        return false;
    }

    /// <summary>The figure with its unit, written after it ("18 km", "40C", "a 226-foot minaret") or before it ("magnitude 6.8").</summary>
    private (Reading Reading, int UnitFirst, int UnitLast)? Read(string text, List<Token> tokens, QuantityMention figure, bool conversion = false)
    {
        var k = figure.LastToken + 1;
        var attached = k < tokens.Count && tokens[k].Start == tokens[figure.LastToken].End;
        if (tokens.IsMark(text, k, '-') && attached)
            k++;
        else if (tokens.IsMark(text, k, '°'))
            k++;
        if (_units.After.LongestAt(text, tokens, k) is { } after
            && (after.Last > after.First || tokens[after.First].Length > 1 || tokens[after.First].Start == tokens[k - 1].End))
        {
            return (ReadingOf(text, tokens, figure, _units.Units[after.Name], conversion), k, after.Last);
        }
        // "magnitude 6.8", "a magnitude of 6.8", "put the magnitude at 6.8", "the magnitude was 6.8"
        var j = figure.FirstToken - 1;
        if (tokens.IsWord(text, j, "of", "at", "was", "is", "as"))
            j--;
        return _units.Before.EndingAt(text, tokens, j) is { } before
            ? (ReadingOf(text, tokens, figure, _units.Units[before.Name]), before.First, figure.LastToken)
            : null;
    }

    /// <summary>
    /// The interval a figure stands for: its hedges and bounds as the quantity recogniser reads them, widened by half
    /// the last digit it is given to (or the family's step), since "72 km" is any distance that rounds to 72.
    /// </summary>
    private Reading ReadingOf(string text, List<Token> tokens, QuantityMention figure, Unit unit, bool conversion = false)
    {
        var written = text[figure.Span.Start..figure.Span.End];
        // Hedges widen the figure by the tolerance; bounds open it on one side, as far as a measure can go
        var open = decimal.MaxValue / 1_000_000;
        var (low, high) = figure.Bound switch
        {
            Bound.Above or Bound.AtLeast => (figure.Low, open),
            Bound.AtMost or Bound.Below => (-open, figure.High),
            Bound.Nearly => (figure.Low * (1 - _tolerance), figure.Low),
            Bound.JustOver => (figure.High, figure.High * (1 + _tolerance)),
            Bound.About => (figure.Low * (1 - _tolerance), figure.High * (1 + _tolerance)),
            _ => (figure.Low, figure.High),
        };
        var step = _units.Families[unit.Family].Step is { } familyStep ? familyStep : StepOf(written);
        // News rounds a conversion to a round figure: "125 kilometers (75 miles)" is 77.7 miles rounded to five
        if (conversion && step == 1 && figure.Low == figure.High && figure.Low % 5 == 0)
            step = 5;
        (low, high) = (low - step / 2, high + step / 2);
        var (a, b) = (unit.ToBase(low), unit.ToBase(high));
        return new Reading($"{written} {unit.Symbol}", unit, Math.Min(a, b), Math.Max(a, b));
    }

    /// <summary>The step of the figure's last digit: 1 for "72", 0.1 for "18.5".</summary>
    private static decimal StepOf(string written)
    {
        var digits = written.Where(c => char.IsAsciiDigit(c) || c == '.').ToArray();
        var point = Array.LastIndexOf(digits, '.');
        var decimals = point < 0 ? 0 : digits.Length - point - 1;
        var step = 1m;
        for (var i = 0; i < decimals; i++)
            step /= 10;
        return step;
    }

    /// <summary>
    /// What the figure measures: a subject word within reach ("a depth of", "18 km deep"); else, for a length followed
    /// by a direction and "of" or "from" and a place, the distance from that place; else what the family's units name
    /// by themselves. A family compared by place needs the place the sentence names after the figure.
    /// </summary>
    private (string? Subject, string? Place, string? Reference) SubjectOf(string text, List<Token> tokens, bool[] isDate, int first, int last, Family family)
    {
        if (DistanceFrom(text, tokens, last + 1) is { } reference)
            return ($"distance from {reference}", null, Places.Resolve(_gazetteer, reference)?.Id ?? Places.Fold(reference));
        // A family whose units name what they measure gives its subject ("a 6.8-magnitude quake", "an all-time high of
        // 38.7C"); else a unit made an adjective measures the noun after it ("a 226-foot minaret"); else a subject word
        var subject = family.Subject ?? CompoundNoun(text, tokens, last);
        for (var d = 1; d <= _within && subject is null; d++)
        {
            foreach (var k in (ReadOnlySpan<int>)[first - d, last + d])
            {
                if (k >= 0 && k < tokens.Count && !isDate[k] && tokens[k].Kind == TokenKind.Word
                    && _subjectByWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var word))
                {
                    subject = word;
                    break;
                }
            }
        }
        if (!family.Placed)
            return (subject, null, null);
        var place = PlaceNear(text, tokens, first, last);
        return place is null ? (null, null, null) : (subject, place, null);
    }

    /// <summary>The noun after a unit hyphened to its figure ("226-foot minaret"), singular, or null.</summary>
    private string? CompoundNoun(string text, List<Token> tokens, int unitLast)
    {
        var k = unitLast + 1;
        if (k >= tokens.Count || unitLast < 1 || !tokens.IsMark(text, unitLast - 1, '-') || tokens[k].Kind != TokenKind.Word)
            return null;
        var word = text.Substring(tokens[k].Start, tokens[k].Length);
        if (_english.FunctionWords.ContainsWord(word) || char.IsUpper(word[0]) || _units.After.LongestAt(text, tokens, k) is not null)
            return null;
        return word.ToLowerInvariant().Singularize(inputIsKnownToBePlural: false);
    }

    /// <summary>"72 kilometres (45 miles) southwest of Marrakesh", "60 km from the city of Kanpur": the place, as written.</summary>
    private string? DistanceFrom(string text, List<Token> tokens, int k)
    {
        if (tokens.IsMark(text, k, '('))
        {
            while (k < tokens.Count && !tokens.IsMark(text, k, ')'))
                k++;
            k++;
        }
        var directions = 0;
        while (k < tokens.Count && directions < 3 && (tokens[k].Kind == TokenKind.Word && _distanceWords.Contains(text.Substring(tokens[k].Start, tokens[k].Length)) || tokens.IsMark(text, k, '-')))
        {
            directions++;
            k++;
        }
        if (!tokens.IsWord(text, k, "of", "from"))
            return null;
        k++;
        // "the city of Kanpur", "the Moroccan city of Marrakesh"
        for (var skip = 0; skip < 4 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && !char.IsUpper(text[tokens[k].Start]); skip++)
            k++;
        return NameAt(text, tokens, k);
    }

    /// <summary>The place after "at" or "in" within reach of the figure, after it ("40.3C at Coningsby") or before it ("At Heathrow, 40.2C").</summary>
    private string? PlaceNear(string text, List<Token> tokens, int first, int last)
    {
        for (var d = 1; d <= _within + 2; d++)
        {
            foreach (var k in (ReadOnlySpan<int>)[last + d, first - d - 1])
            {
                if (k >= 0 && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Word && _placeWords.Contains(text.Substring(tokens[k].Start, tokens[k].Length))
                    && NameAt(text, tokens, k + 1) is { } name)
                {
                    return name;
                }
            }
        }
        return null;
    }

    /// <summary>A run of up to four capitalised words that is not a grammar word or a calendar word.</summary>
    private string? NameAt(string text, List<Token> tokens, int first)
    {
        var last = first - 1;
        while (last + 1 < tokens.Count && last + 1 - first < 4 && tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[last + 1].Start]))
            last++;
        if (last < first)
            return null;
        var name = text[tokens[first].Start..tokens[last].End];
        return _english.FunctionWords.ContainsWord(name) || CalendarWords.Months.ContainsKey(name) || CalendarWords.Weekdays.ContainsKey(name) ? null : name;
    }

}
