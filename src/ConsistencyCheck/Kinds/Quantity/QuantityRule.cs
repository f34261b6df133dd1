using System.Collections.Frozen;
using System.Globalization;
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

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>
/// <c>kind: quantity</c>: a money figure, a count or a percentage bound to what it measures ("€150 billion in
/// support", "30 members"), with the words in front of the subject kept in its key ("military aid" is not "aid")
/// and the time it holds for, compared as intervals only with figures of the same subject, unit and time.
/// </summary>
internal sealed partial class QuantityRule : Rule
{
    private readonly English _english;
    private readonly NumberWords _numbers;
    private readonly Gazetteer _gazetteer;
    private static readonly ChoiceOption MeasureOption = new("measure", ["money", "count", "percent"]);
    private static readonly WholeNumberOption Within = new("within", 6, 1, 20);
    private static readonly WholeNumberOption Tolerance = new("tolerance", 10, 0, 50);
    private static readonly WholeNumberOption SameTimeWithinDays = new("sameTimeWithinDays", 3, 0, 3650);
    private static readonly YesNoOption TextSubjects = new("textSubjects", false);

    public static readonly RuleKind Registration = new(
        "quantity",
        "a money figure, count or percentage bound to its subject, compared as intervals",
        ["measure", "subjects", "predicates", "sameDayPredicates", "risingPredicates", "sameDaySubjects", "giverWords", "ownerVerbs", "makingVerbs", "wholeWords", "within", "tolerance", "partWords", "sameTimeWithinDays", "textSubjects", "sourceWords", "saidVerbs", "sourceNouns", "updateWords", "correctionWords", "asOf"],
        [MeasureOption, Within, Tolerance, SameTimeWithinDays, TextSubjects],
        Decode);

    private enum Measure : byte
    {
        Money,
        Count,
        Percent,
    }

    private readonly Measure _measure;
    private readonly FrozenDictionary<string, string> _subjectByWord;
    private readonly FrozenDictionary<string, string> _predicateByWord;
    private readonly FrozenSet<string> _sameDayPredicates;
    private readonly FrozenSet<string> _sameDaySubjects;
    private readonly FrozenSet<string> _risingPredicates;
    private readonly bool _textSubjects;
    private Sources? _sources;
    private Phrases? _updateWords;
    private AsOf? _asOf;
    private readonly FrozenSet<string>? _giverWords;
    private readonly FrozenSet<string> _ownerVerbs;
    private readonly FrozenSet<string> _makingVerbs;
    private readonly Phrases _wholeWords;
    private readonly string[][] _partWords;
    private readonly int _within;
    private readonly decimal _tolerance;

    private QuantityRule(RuleHeader header, Gazetteer gazetteer, English english, NumberWords numbers, Measure measure, Dictionary<string, string> subjectByWord, Dictionary<string, string> predicateByWord,
        IEnumerable<string> sameDayPredicates, IEnumerable<string> risingPredicates, IEnumerable<string> sameDaySubjects, IReadOnlyList<string>? giverWords, IEnumerable<string> ownerVerbs, IEnumerable<string> makingVerbs,
        Phrases wholeWords, IEnumerable<string> partWords, int within, decimal tolerance, int sameTimeWithinDays, bool textSubjects)
        : base(header)
    {
        _english = english;
        _numbers = numbers;
        _gazetteer = gazetteer;
        _wholeWords = wholeWords;
        _makingVerbs = makingVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _ownerVerbs = ownerVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _giverWords = giverWords?.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        _measure = measure;
        _subjectByWord = subjectByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Facts = new QuantityFacts(subjectByWord.Keys.Select(Unit).ToFrozenSet(StringComparer.Ordinal), new DayWindow(sameTimeWithinDays));
        _predicateByWord = predicateByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _sameDayPredicates = sameDayPredicates.ToFrozenSet(StringComparer.Ordinal);
        _sameDaySubjects = sameDaySubjects.ToFrozenSet(StringComparer.Ordinal);
        _risingPredicates = risingPredicates.ToFrozenSet(StringComparer.Ordinal);
        _partWords = [.. partWords.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        _within = within;
        _tolerance = tolerance;
        _textSubjects = textSubjects;
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; } = new QuantityComparer();

    public override IReadOnlyList<string> NormalizedKeys { get; } =
        ["low", "high", "lowInclusive", "highInclusive", "currency", "unit", "approximate", "increment", "giver", "owner", "whole", "deadline"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var measure = MeasureOption.Read(map);
        var subjectByWord = map.Vocabulary("subjects", "subject", singleWords: true);
        var predicateByWord = map.Has("predicates") ? map.Vocabulary("predicates", "predicate", singleWords: true) : [];
        var sameDay = map.NamesAmong("sameDayPredicates", predicateByWord.Values.ToHashSet(StringComparer.Ordinal), "predicates");
        var sameDaySubjects = map.NamesAmong("sameDaySubjects", subjectByWord.Values.ToHashSet(StringComparer.Ordinal), "subjects");
        var rising = map.NamesAmong("risingPredicates", sameDay.ToHashSet(StringComparer.Ordinal), "same-day predicates");
        var giverWords = map.Strings("giverWords", required: false);
        var ownerVerbs = map.Strings("ownerVerbs", required: false) ?? [];
        var makingVerbs = map.Strings("makingVerbs", required: false) ?? [];
        var wholeWords = Phrases.FromList(map, "wholeWords");
        var within = Within.Read(map);
        var percent = Tolerance.Read(map);
        var partWords = map.Strings("partWords", required: false) ?? [];
        var sameTime = SameTimeWithinDays.Read(map);
        var textSubjects = TextSubjects.Read(map);
        var sourceWords = Phrases.FromList(map, "sourceWords");
        var saidVerbs = map.Strings("saidVerbs", required: false) ?? [];
        var sourceNouns = map.Strings("sourceNouns", required: false) ?? [];
        // One vocabulary for both: a correction ("revised down to 17") is an update that may go down
        var updateWords = Phrases.Of([.. (map.Strings("updateWords", required: false) ?? []).Select(p => (p, Update)),
            .. (map.Strings("correctionWords", required: false) ?? []).Select(p => (p, Correction))]);
        var asOf = AsOf.Read(map);
        if (map.Errors.Count > before || measure is null)
            return null;
        var rule = new QuantityRule(header, gazetteer, language.English, language.Numbers, Enum.Parse<Measure>(measure, ignoreCase: true), subjectByWord, predicateByWord, sameDay, rising, sameDaySubjects, giverWords, ownerVerbs,
            makingVerbs, wholeWords, partWords, within, percent / 100m, sameTime, textSubjects);
        if (sourceWords.Names.Count > 0 || saidVerbs.Count > 0)
            rule._sources = new Sources(sourceWords, saidVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase), sourceNouns.ToFrozenSet(StringComparer.OrdinalIgnoreCase), language.English);
        rule._updateWords = updateWords;
        rule._asOf = asOf;
        return rule;
    }

    private const string Update = "update";
    private const string Correction = "correction";

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        var firstClaim = claims.Count;
        foreach (var (sentence, tokens, dates, isDate, found) in analysis.Sentences)
        {
            var figures = WithUpdatedFigures(article.Text, tokens, isDate, found);
            if (figures.Count == 0)
                continue;
            var taken = (bool[])isDate.Clone();
            foreach (var figure in figures)
                taken.AsSpan(figure.FirstToken, figure.LastToken - figure.FirstToken + 1).Fill(true);
            var claimed = new bool[tokens.Count];
            List<(int Token, string Name)>? sources = null;
            string? sentenceText = null;
            string? wholeSubject = null;
            FigureMoment? asOf = null;
            var asOfRead = false;
            foreach (var figure in figures)
            {
                if (!Measures(figure))
                    continue;
                var subjectToken = SubjectNear(article.Text, tokens, figure, taken, claimed);
                // "23 animals have been killed": a noun the figure counts outranks a subject word that only says what
                // happened ("killed", "dead"), which is then the predicate of the noun
                if (_textSubjects && !figure.Spelled && subjectToken > figure.LastToken && CountedNounAt(article.Text, tokens, figure) is { } counted && counted != subjectToken
                    && IsNoun(article.Text, tokens[counted]) && !_subjectByWord.ContainsKey(article.Text.Substring(tokens[counted].Start, tokens[counted].Length))
                    && _predicateByWord.ContainsKey(article.Text.Substring(tokens[subjectToken].Start, tokens[subjectToken].Length)))
                {
                    subjectToken = -1;
                }
                // "The number of people killed by the storm has risen to 14": an update's figure counts the subject of
                // its clause, however far back the clause names it
                var update = UpdatePhraseBefore(article.Text, tokens, figure);
                if (subjectToken < 0 && update is { } risen)
                    subjectToken = ClauseSubjectWord(article.Text, tokens, taken, risen.First - 1);
                string? subject = null;
                string? unit = null;
                string? predicate = null;
                var matched = figure.Span;
                if (subjectToken >= 0)
                {
                    var t = tokens[subjectToken];
                    var word = article.Text.Substring(t.Start, t.Length);
                    // "Five of the six crew members died": the six are the whole the five belong to, and did not die; a
                    // whole of this kind is compared only with wholes
                    var whole = WholeOfPart(article.Text, tokens, figures, figure);
                    predicate = whole ? null : PredicateNear(article.Text, tokens, figure, subjectToken, taken);
                    // "The launch on a rocket cost the firm €25m": the subject word is the clause's verb, after its noun phrase
                    var verbUse = subjectToken < figure.FirstToken && subjectToken > 0 && subjectToken + 1 < tokens.Count
                        && !tokens.IsWord(article.Text, subjectToken + 1, "of") && !taken[subjectToken - 1]
                        && (IsContentWord(article.Text, tokens[subjectToken - 1]) || tokens[subjectToken - 1].Kind == TokenKind.Number);
                    subject = SubjectKey(article.Text, tokens, taken, subjectToken, verbUse, IsPart(article.Text, tokens, figure, subjectToken), figure.Increment,
                        predicate is null ? _subjectByWord[word] : $"{_subjectByWord[word]} {predicate}");
                    if (whole)
                        subject += " (whole)";
                    wholeSubject = _subjectByWord[word];
                    unit = _measure == Measure.Count ? Unit(word) : null;
                    matched = matched.Union(new TextSpan(t.Start, t.Length));
                    if (subjectToken > figure.LastToken)
                        claimed[subjectToken] = true;
                }
                else if (figure.Spelled && figure.Currency is null && !figure.Percent)
                {
                    continue; // "one of them", "several years": words that count nothing a rule knows
                }
                else if (wholeSubject is not null && IsPart(article.Text, tokens, figure, figure.LastToken) && Purpose(article.Text, tokens, figure, taken) is { } purpose)
                {
                    // "The mission cost €180m, including €25m for the launch": a part of the whole's kind, for the launch
                    subject = $"{purpose} {wholeSubject}";
                }
                else if (_measure == Measure.Count && CountedNounAt(article.Text, tokens, figure) is { } noun)
                {
                    unit = Unit(article.Text.Substring(tokens[noun].Start, tokens[noun].Length));
                    // A noun no list names is its own subject with what happened to it ("nine ministers resigned", "40
                    // tents were put up"); without a predicate it says too little to be compared ("17 children")
                    if (_textSubjects && IsNoun(article.Text, tokens[noun]) && PredicateNear(article.Text, tokens, figure, noun, taken) is { } happened)
                    {
                        predicate = happened;
                        subject = $"{unit.Pluralize(inputIsKnownToBeSingular: false)} {predicate}";
                        matched = matched.Union(new TextSpan(tokens[noun].Start, tokens[noun].Length));
                        claimed[noun] = true;
                    }
                }
                var (when, deadlineWord) = Scope(article.Text, tokens, dates, figures, figure);
                DateOnly? deadline = null;
                if (deadlineWord && when!.Range.End > article.Published)
                    (deadline, when) = (when.Range.End, null);
                var running = predicate is not null && _sameDayPredicates.Contains(predicate) ? $"a count of {predicate}"
                    : wholeSubject is not null && subject is not null && _sameDaySubjects.Contains(wholeSubject) ? $"the {wholeSubject}" : null;
                var runs = running is not null && (when is null || IsRecent(when.Range, article.Published));
                if (runs && !asOfRead)
                    (asOf, asOfRead) = (_asOf?.In(article.Text, tokens, dates, article.Published), true);
                if (runs && asOf is { } moment && moment.Day <= article.Published)
                {
                    when = new ReportedDate(DateRange.Day(moment.Day), DateGrain.Day, approximate: false,
                        $"the moment the sentence gives, {moment.Day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}: {running} changes from day to day");
                }
                else if (runs)
                {
                    // A toll of a recent event ("19 have died since Monday's collapse") or a turnout being counted holds
                    // for the day it is reported
                    when = new ReportedDate(DateRange.Day(article.Published), DateGrain.Day, approximate: false,
                        $"the article's date, {article.Published.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture)}: {running} changes from day to day");
                }
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(figure.Span.Start);
                var evidence = new Evidence(article.Path, line, column, figure.Span, sentenceText);
                var value = ReportedQuantity.Of(figure, _tolerance, unit, _numbers);
                if (_giverWords is not null && subjectToken >= 0)
                    value.Giver = GiverNear(article.Text, tokens, figure, subjectToken, taken);
                value.Deadline = deadline;
                // A figure a named source gives ("according to police", "Organisers said") is that source's: two sources'
                // figures are two facts, side by side, never a contradiction
                value.Owner = OwnerNear(article.Text, tokens, figure, taken) ?? (subject is not null && _sources is not null
                    ? Sources.Nearest(sources ??= _sources.All(article.Text, tokens), figure.FirstToken) : null);
                value.Whole = SaysWhole(article.Text, tokens, figure, taken);
                if (runs && predicate is not null && _sameDayPredicates.Contains(predicate))
                {
                    value.Running = _risingPredicates.Contains(predicate) ? RunningFigure.Rising : RunningFigure.Moving;
                    // "The toll rose to 48": the sentence reports the figure as an update of an earlier one
                    value.Updated = update is not null;
                    value.Corrected = update is { Name: Correction };
                    if (asOf is { } given && given.Day <= article.Published)
                        value.AsOf = given;
                }
                claims.Add(new Claim(Id, Kind, article, subject, subject is null ? null : PlaceNear(article.Text, tokens, figure, taken), value, article.TextOf(figure.Span),
                    article.TextOf(matched), evidence, when: when));
            }
        }
        List<Claim>? reported = null;
        for (var i = firstClaim; i < claims.Count; i++)
        {
            if (claims[i].Value is ReportedQuantity { Running: not RunningFigure.None })
                (reported ??= []).Add(claims[i]);
        }
        foreach (var claim in reported ?? [])
            ((ReportedQuantity)claim.Value).Beside = reported!;
    }

    /// <summary>The update phrase ("rose to", "has risen to") that ends right before the figure, if any.</summary>
    private PhraseMatch? UpdatePhraseBefore(string text, List<Token> tokens, QuantityMention figure)
    {
        if (_updateWords is null)
            return null;
        for (var k = Math.Max(0, figure.FirstToken - 4); k < figure.FirstToken; k++)
        {
            if (_updateWords.LongestAt(text, tokens, k) is { } phrase && phrase.Last == figure.FirstToken - 1)
                return phrase;
        }
        return null;
    }

    /// <summary>The nearest subject word from token <paramref name="k"/> back to the start of its clause, or -1.</summary>
    private int ClauseSubjectWord(string text, List<Token> tokens, bool[] taken, int k)
    {
        var lookup = _subjectByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (; k >= 0 && !taken[k] && !BreaksClause(text, tokens[k]) && !(tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ','); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && lookup.ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// The sentence's figures, with a bare number after an update phrase that the scanner left alone because no noun
    /// follows it ("The death toll rose to 19."): the phrase says it counts what the sentence is about.
    /// </summary>
    private List<QuantityMention> WithUpdatedFigures(string text, List<Token> tokens, bool[] isDate, List<QuantityMention> figures)
    {
        if (_updateWords is null || _measure != Measure.Count)
            return figures;
        List<QuantityMention>? bare = null;
        List<QuantityMention>? all = null;
        for (var k = 0; k < tokens.Count; k++)
        {
            if (_updateWords.LongestAt(text, tokens, k) is not { } phrase || phrase.Last + 1 >= tokens.Count || tokens[phrase.Last + 1].Kind != TokenKind.Number)
                continue;
            var next = phrase.Last + 1;
            if (figures.Exists(f => f.FirstToken <= next && next <= f.LastToken))
                continue;
            if (bare is null)
            {
                bare = [];
                QuantityScan.FindBare(text, tokens, isDate, _numbers.Figures, bare);
            }
            // Not a measure or a span of time ("rose to 40 degrees", "climbed to 12 hours")
            if (bare.Find(f => f.FirstToken == next) is { Span.Length: > 0 } figure && figure.Currency is null && !figure.Percent
                && !(figure.LastToken + 1 < tokens.Count && tokens[figure.LastToken + 1].Kind == TokenKind.Word
                    && (_numbers.Measures.ContainsWord(text.AsSpan(tokens[figure.LastToken + 1].Start, tokens[figure.LastToken + 1].Length))
                        || _numbers.Durations.ContainsWord(text.AsSpan(tokens[figure.LastToken + 1].Start, tokens[figure.LastToken + 1].Length)))))
                (all ??= [.. figures]).Add(figure);
        }
        return all is null ? figures : [.. all.OrderBy(f => f.FirstToken)];
    }

    private bool Measures(QuantityMention figure) => _measure switch
    {
        Measure.Money => figure.Currency is not null,
        Measure.Percent => figure.Percent,
        _ => figure.Currency is null && !figure.Percent,
    };

    /// <summary>The noun right after a figure that no subject word names ("2.5m viewers", "thousands of protesters"), singular.</summary>
    private string? CountedNoun(string text, List<Token> tokens, QuantityMention figure) =>
        CountedNounAt(text, tokens, figure) is { } k ? Unit(text.Substring(tokens[k].Start, tokens[k].Length)) : null;

    /// <summary>The token of the noun right after a figure ("2.5m viewers", "thousands of protesters"), or null.</summary>
    private int? CountedNounAt(string text, List<Token> tokens, QuantityMention figure)
    {
        var k = figure.LastToken + 1;
        if (k < tokens.Count && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("of", StringComparison.OrdinalIgnoreCase))
            k++;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word
            || _numbers.Stops.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            return null;
        return k;
    }

    /// <summary>Whether the figure is the whole of a part the sentence counts just before it: "five of the six", "3 out of 40".</summary>
    private static bool WholeOfPart(string text, List<Token> tokens, List<QuantityMention> figures, QuantityMention figure)
    {
        var k = figure.FirstToken - 1;
        if (tokens.IsWord(text, k, "the"))
            k--;
        if (!tokens.IsWord(text, k, "of"))
            return false;
        k--;
        if (tokens.IsWord(text, k, "out"))
            k--;
        // The part may be a number the scanner took for no figure of its own ("Five of the six")
        return figures.Exists(f => f.LastToken == k)
            || (k >= 0 && (tokens[k].Kind == TokenKind.Number
                || (tokens[k].Kind == TokenKind.Word && Dates.CalendarWords.Numbers.ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)))));
    }

    /// <summary>
    /// Whether the word after a figure can be the noun it counts: a lower-case content word that is no verb form
    /// ("a crowd of 2,000 watched", "2,000 cheering"), which English marks with -ed and -ing.
    /// </summary>
    private bool IsNoun(string text, Token token)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return IsContentWord(text, token) && !char.IsUpper(word[0])
            && !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) && !word.EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    private string Unit(string word) => word.ToLowerInvariant().Singularize(inputIsKnownToBePlural: false);

    /// <summary>
    /// What the sentence says happened to the counted ("12 people were killed", "employs 1,200 people", "a crowd of
    /// 60,000 fans"): the nearest predicate word in the clause, else the subject word itself when it says it ("30
    /// injured", but "800 employees will be laid off") (twice the subject's reach: "3 crew members of the ship were among the injured"), on a tie the one
    /// ahead. The search stops at a conjunction: in "killed 18 and wounded 40" each figure has its own verb. Counts of
    /// one subject with different predicates are different facts.
    /// </summary>
    private string? PredicateNear(string text, List<Token> tokens, QuantityMention figure, int subjectToken, bool[] taken)
    {
        if (_predicateByWord.Count == 0)
            return null;
        var lookup = _predicateByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var end = Math.Max(figure.LastToken, subjectToken);
        string? ahead = null;
        var aheadDistance = int.MaxValue;
        for (var k = figure.LastToken + 1; k < tokens.Count && k <= end + 2 * _within && !EndsSearch(text, tokens[k], taken[k]); k++)
        {
            if (k != subjectToken && tokens[k].Kind == TokenKind.Word && lookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out ahead))
            {
                aheadDistance = Math.Max(1, k - end);
                break;
            }
        }
        var start = Math.Min(figure.FirstToken, subjectToken);
        for (var k = start - 1; k >= 0 && k >= start - 2 * _within && start - k < aheadDistance && !EndsSearch(text, tokens[k], taken[k]); k--)
        {
            if (tokens[k].Kind == TokenKind.Word && lookup.TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var behind))
                return behind;
        }
        return ahead ?? (lookup.TryGetValue(text.AsSpan(tokens[subjectToken].Start, tokens[subjectToken].Length), out var own) ? own : null);
    }

    /// <summary>
    /// The country that gives or pays: named after a giver word in the figure's clause ("€2bn in aid from Japan"), or
    /// as the clause's subject, its first country before the figure ("Germany pledged €1bn"). Figures of two givers
    /// are two facts.
    /// </summary>
    private string? GiverNear(string text, List<Token> tokens, QuantityMention figure, int subjectToken, bool[] taken)
    {
        var end = Math.Max(figure.LastToken, subjectToken);
        for (var k = end + 1; k + 1 < tokens.Count && k <= end + 2 * _within && !EndsSearch(text, tokens[k], taken[k]); k++)
        {
            if (tokens[k].Kind == TokenKind.Word && _giverWords!.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                return CountryAt(text, tokens, k + 1 < tokens.Count && tokens.IsWord(text, k + 1, "the") ? k + 2 : k + 1);
        }
        // The clause's subject is its first country: in "Germany gives Ukraine €1bn" Ukraine receives
        string? subject = null;
        for (var k = Math.Min(figure.FirstToken, subjectToken) - 1; k >= 0 && !EndsSearch(text, tokens[k], taken[k]); k--)
            subject = CountryAt(text, tokens, k) ?? subject;
        return subject;
    }

    /// <summary>The country a capitalised word names, by the gazetteer ("Germany", "UK"); null for any other word.</summary>
    private string? CountryAt(string text, List<Token> tokens, int k)
    {
        return k < tokens.Count && tokens[k].Kind == TokenKind.Word
            ? _gazetteer.CountryOf(text.AsSpan(tokens[k].Start, tokens[k].Length), demonyms: false)?.Name
            : null;
    }

    private bool EndsSearch(string text, Token token, bool taken) =>
        taken || BreaksClause(text, token) || (token.Kind == TokenKind.Punctuation && text[token.Start] == ',')
        || (token.Kind == TokenKind.Word && _english.Conjunctions.ContainsWord(text.AsSpan(token.Start, token.Length)));

    /// <summary>
    /// The subject word nearest the figure: first looking ahead in its own clause ("€150 billion in support"), then
    /// back ("aid of €150 billion"), then ahead past a comma ("$5m, mostly in grants"); so "its losses widened to
    /// $450m, while revenue rose" binds the figure to the losses.
    /// </summary>
    /// <remarks>
    /// <paramref name="taken"/> marks the tokens of dates and figures: the search never crosses another figure.
    /// <paramref name="claimed"/> marks the subject words of earlier figures found ahead of them: looking back, the
    /// search takes such a word for a part ("2,000 troops, among them 300 reservists") or a figure whose noun is left
    /// out ("2008 votes, some 30 more than last time"), never for a figure of something else ("31 members and 14 partners").
    /// </remarks>
    private int SubjectNear(string text, List<Token> tokens, QuantityMention figure, bool[] taken, bool[] claimed)
    {
        var lookup = _subjectByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        var ahead = SubjectAhead(text, tokens, figure, taken, pastComma: false);
        if (ahead >= 0)
            return ahead;
        for (var k = figure.FirstToken - 1; k >= 0 && k >= figure.FirstToken - _within; k--)
        {
            if (BreaksClause(text, tokens[k]) || taken[k])
                break;
            if (tokens[k].Kind == TokenKind.Word && lookup.ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                return !claimed[k] || IsPart(text, tokens, figure, figure.LastToken) || CountedNoun(text, tokens, figure) is null ? k : -1;
        }
        return SubjectAhead(text, tokens, figure, taken, pastComma: true);
    }

    private int SubjectAhead(string text, List<Token> tokens, QuantityMention figure, bool[] taken, bool pastComma)
    {
        var lookup = _subjectByWord.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var k = figure.LastToken + 1; k < tokens.Count && k <= figure.LastToken + _within; k++)
        {
            // A clause the figure opens ends at its relative word: "16 percent responded that levies…" is no levy
            if ((BreaksClause(text, tokens[k]) && k > figure.LastToken + 1) || taken[k]
                || (!pastComma && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ',')
                || tokens.IsWord(text, k, "that", "which", "who", "whom", "whose"))
                break;
            if (tokens[k].Kind == TokenKind.Word && lookup.ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)) && !IsAdjective(text, tokens, k))
                return k;
        }
        return -1;
    }

    /// <summary>
    /// A subject word that says what happened ("injured", "dead") used as an adjective before a plural noun: "three
    /// injured dockworkers" counts dockworkers, and "12 dead soldiers" soldiers.
    /// </summary>
    private bool IsAdjective(string text, List<Token> tokens, int k)
    {
        if (k + 1 >= tokens.Count || tokens[k + 1].Kind != TokenKind.Word
            || !_predicateByWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            return false;
        var next = text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length);
        return next.Length > 3 && char.IsLower(next[0]) && next.EndsWith("s", StringComparison.Ordinal)
            && !_numbers.Stops.ContainsWord(next)
            && !_english.FunctionWords.ContainsWord(next)
            && !_predicateByWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(next);
    }

    private bool BreaksClause(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is ';' or ':' or '(' or ')' or '.' or '"' or '\u201C' or '\u201D';

    /// <summary>
    /// The subject with the words that narrow it ("military aid", "refurbished battle tanks"), so that a part is
    /// never compared with a total; a figure after "including" is marked as a part. The modifiers end at a grammar
    /// word, a possessive ("the club's annual revenue" is "annual revenue") and a verb ("the firm reported revenue").
    /// </summary>
    private string SubjectKey(string text, List<Token> tokens, bool[] taken, int subjectToken, bool verbUse, bool part, bool increment, string subject)
    {
        var function = _numbers.Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        for (var k = subjectToken - 1; k >= 0; k--)
        {
            if (taken[k])
                break;
            var token = tokens[k];
            var word = text.AsSpan(token.Start, token.Length);
            if (IsArticle(word) && words.Count == 0 && k >= 2 && tokens.IsWord(text, k - 1, "at", "for", "with") && ClauseSubject(text, tokens, taken, k - 2) is { Count: > 0 } owner)
            {
                // "The mission was built and insured at a cost of €180m": what making or buying the clause's subject cost
                words = owner;
                break;
            }
            if (IsArticle(word) && verbUse && words.Count > 0 && k >= 2 && !taken[k - 2] && function.Contains(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length))
                && !IsArticle(text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length)) && IsContentWord(text, tokens[k - 2]))
            {
                // "The launch on a Kestrel 9 rocket cost €25m": the cost of the launch, which the words after "on" describe
                words.Clear();
                k -= 1;
                continue;
            }
            if (word is "and" && words.Count > 0)
                continue;
            if (token.Kind == TokenKind.Number)
            {
                // A year or a model narrows the subject ("its 2026 budget", "12 Boeing 737 planes"); a model name
                // written with dashes is one modifier ("24 F-16 jets", "40 S-400 missiles")
                var start = k;
                while (start >= 2 && !taken[start - 1] && tokens[start - 1].End == tokens[start].Start && tokens[start - 2].End == tokens[start - 1].Start
                    && text[tokens[start - 1].Start] is '-' && tokens[start - 2].Kind != TokenKind.Punctuation)
                    start -= 2;
                words.Add(Places.Fold(text[tokens[start].Start..token.End]));
                k = start;
                continue;
            }
            if (token.Kind == TokenKind.Punctuation || function.Contains(word) || word.Equals("s", StringComparison.OrdinalIgnoreCase)
                || IsVerb(text, tokens, taken, k))
                break;
            // "the death toll": a word that says what happened is the predicate, read apart, not a narrower subject; and
            // "people killed" names one subject twice
            if (_predicateByWord.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word)
                || (_subjectByWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var same)
                    && same == _subjectByWord[text.Substring(tokens[subjectToken].Start, tokens[subjectToken].Length)]))
                continue;
            words.Add(Places.Fold(word.ToString()));
        }
        words.Reverse();
        words.Add(subject);
        var key = string.Join(' ', words);
        if (increment)
            key = "additional " + key;
        return part ? key + " (part)" : key;
    }

    private bool IsArticle(ReadOnlySpan<char> word) => _english.Articles.ContainsWord(word);

    private bool IsContentWord(string text, Token token) =>
        token.Kind == TokenKind.Word && !_numbers.Stops.ContainsWord(text.AsSpan(token.Start, token.Length))
        && !_english.FunctionWords.ContainsWord(text.AsSpan(token.Start, token.Length));

    /// <summary>
    /// A verb, which no modifier lies behind: one of the irregular verbs of the vocabulary, or a word in -ed after a
    /// noun ("the company reported revenue"); after a grammar word, an adverb or a figure, a word in -ed is an
    /// adjective ("the refurbished tanks", "newly pledged aid", "14 armoured vehicles").
    /// </summary>
    private bool IsVerb(string text, List<Token> tokens, bool[] taken, int k)
    {
        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (_numbers.Verbs.ContainsWord(word))
            return true;
        if (word.Length <= 4 || !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || k == 0 || taken[k - 1] || tokens[k - 1].Kind != TokenKind.Word)
            return false;
        var before = text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length);
        return !_numbers.Stops.ContainsWord(before) && !before.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// Whether a part word stands near the figure, before it ("including €40 million") or between it and its subject
    /// ("€4bn in the form of loans"). A phrase ending in "of" right before the figure introduces the whole instead
    /// ("5 out of 40 members").
    /// </summary>
    private bool IsPart(string text, List<Token> tokens, QuantityMention figure, int subjectToken)
    {
        var from = Math.Max(0, figure.FirstToken - 4);
        var to = Math.Max(subjectToken, figure.LastToken);
        foreach (var phrase in _partWords)
        {
            for (var k = from; k + phrase.Length - 1 <= to && k + phrase.Length <= tokens.Count; k++)
            {
                var all = true;
                for (var w = 0; w < phrase.Length && all; w++)
                    all = text.AsSpan(tokens[k + w].Start, tokens[k + w].Length).Equals(phrase[w], StringComparison.OrdinalIgnoreCase);
                if (all && !(k + phrase.Length == figure.FirstToken && phrase[^1].Equals("of", StringComparison.OrdinalIgnoreCase)))
                    return true;
            }
        }
        return false;
    }

    /// <summary>
    /// No clause break between two tokens, and no comma except one right after a date that opens the clause ("In
    /// 2019, a crane killed three workers"; "said that since 2022, allies have given €5bn"): such a date dates all
    /// that follows.
    /// </summary>
    private bool InOneClause(string text, List<Token> tokens, int from, int to, bool fromDate)
    {
        for (var k = from + 1; k < to; k++)
        {
            if (BreaksClause(text, tokens[k]) || (tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ',' && !(fromDate && k == from + 1)))
                return false;
        }
        return true;
    }

    /// <summary>Within a month of the article: the time of a story still unfolding, not of an earlier event.</summary>
    private bool IsRecent(DateRange range, DateOnly published) => range.End >= published.AddDays(-30);

    /// <summary>
    /// The date in the figure's clause nearest to it, if close and no other figure stands between: the time the figure
    /// holds for, or, after a deadline word ("by 2028"), the time it is to be reached by. "By Friday's strike" names
    /// what did it, not when.
    /// </summary>
    private (ReportedDate? When, bool DeadlineWord) Scope(string text, List<Token> tokens, List<DateMention> dates, List<QuantityMention> figures, QuantityMention figure)
    {
        ReportedDate? best = null;
        var deadlineWord = false;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var before = date.LastToken < figure.FirstToken;
            var distance = before ? figure.FirstToken - date.LastToken : date.FirstToken - figure.LastToken;
            // A date with another figure between belongs to that one ("eight in all, and two more next year")
            var between = figures.Exists(f => before ? f.FirstToken > date.LastToken && f.LastToken < figure.FirstToken
                : f.FirstToken > figure.LastToken && f.LastToken < date.FirstToken);
            if (distance >= 0 && distance <= _within * 2 && distance < bestDistance && !between
                && InOneClause(text, tokens, before ? date.LastToken : figure.LastToken, before ? figure.FirstToken : date.FirstToken, before))
            {
                best = date.Value;
                bestDistance = distance;
                deadlineWord = date.FirstToken > 0 && tokens[date.FirstToken - 1] is { Kind: TokenKind.Word } word
                    && _english.DeadlineWords.ContainsWord(text.AsSpan(word.Start, word.Length))
                    && !NamesSomething(text, tokens, date.LastToken + 1);
            }
        }
        return (best, deadlineWord);
    }

    /// <summary>A date that is part of a name ("Friday's strike", "the 14 March strike"): an apostrophe or a noun right after it.</summary>
    private bool NamesSomething(string text, List<Token> tokens, int after)
    {
        if (after >= tokens.Count)
            return false;
        var next = text.AsSpan(tokens[after].Start, tokens[after].Length);
        return Possessive.At(text, tokens, after) || (tokens[after].Kind == TokenKind.Word && char.IsLower(next[0])
            && !_english.FunctionWords.ContainsWord(next)
            && !_numbers.Stops.ContainsWord(next));
    }

    public override string Describe(string subject) => _measure switch
    {
        Measure.Money => $"the amount of {subject}",
        Measure.Percent => $"the share of {subject}",
        _ => $"the number of {subject}",
    };
}
