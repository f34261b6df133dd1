using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Recognisers.Dates;
using ConsistencyCheck.Recognisers.Quantities;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;
using Humanizer;

namespace ConsistencyCheck.Rules.Kinds;

/// <summary>
/// <c>kind: quantity</c>: a money figure, a count or a percentage bound to what it measures ("€150 billion in
/// support", "30 members"), with the words in front of the subject kept in its key ("military aid" is not "aid")
/// and the time it holds for, compared as intervals only with figures of the same subject, unit and time.
/// </summary>
internal sealed class QuantityRule : Rule
{
    public static readonly RuleKind Registration = new(
        "quantity",
        "a money figure, count or percentage bound to its subject, compared as intervals",
        ["measure", "subjects", "within", "tolerance", "partWords", "sameTimeWithinDays"],
        Decode);

    private enum Measure : byte
    {
        Money,
        Count,
        Percent,
    }

    private readonly Measure _measure;
    private readonly FrozenDictionary<string, string> _subjectByWord;
    private readonly string[][] _partWords;
    private readonly int _within;
    private readonly decimal _tolerance;
    private readonly int _sameTimeWithinDays;

    private QuantityRule(RuleHeader header, Measure measure, Dictionary<string, string> subjectByWord, IEnumerable<string> partWords,
        int within, decimal tolerance, int sameTimeWithinDays)
        : base(header)
    {
        _measure = measure;
        _subjectByWord = subjectByWord.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        _partWords = [.. partWords.Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        _within = within;
        _tolerance = tolerance;
        _sameTimeWithinDays = sameTimeWithinDays;
    }

    public override IReadOnlyList<string> NormalizedKeys { get; } =
        ["low", "high", "lowInclusive", "highInclusive", "currency", "unit", "approximate", "increment"];

    private static Rule? Decode(RuleHeader header, YamlMap map)
    {
        var before = map.Errors.Count;
        var measure = map.OneOf("measure", required: true, "money", "count", "percent");
        var subjectByWord = map.Vocabulary("subjects", "subject", singleWords: true);
        var within = map.Int("within", 1, 20) ?? 6;
        var percent = map.Int("tolerance", 0, 50) ?? 10;
        var partWords = map.Strings("partWords", required: false) ?? [];
        var sameTime = map.Int("sameTimeWithinDays", 0, 3650) ?? 3;
        if (map.Errors.Count > before || measure is null)
            return null;
        return new QuantityRule(header, Enum.Parse<Measure>(measure, ignoreCase: true), subjectByWord, partWords, within, percent / 100m, sameTime);
    }

    public override void Extract(Article article, List<Claim> claims)
    {
        var tokens = new List<Token>();
        var dates = new List<DateMention>();
        var figures = new List<QuantityMention>();
        foreach (var sentence in article.Sentences)
        {
            Tokenizer.Tokenize(article.Text, sentence.Span, tokens);
            dates.Clear();
            DateScan.Find(article.Text, tokens, article.Published, dates);
            var isDate = new bool[tokens.Count];
            foreach (var date in dates)
                isDate.AsSpan(date.FirstToken, date.LastToken - date.FirstToken + 1).Fill(true);
            figures.Clear();
            QuantityScan.Find(article.Text, tokens, isDate, figures);
            var taken = (bool[])isDate.Clone();
            foreach (var figure in figures)
                taken.AsSpan(figure.FirstToken, figure.LastToken - figure.FirstToken + 1).Fill(true);
            var claimed = new bool[tokens.Count];
            string? sentenceText = null;
            foreach (var figure in figures)
            {
                if (!Measures(figure))
                    continue;
                var subjectToken = SubjectNear(article.Text, tokens, figure, taken, claimed);
                string? subject = null;
                string? unit = null;
                var matched = figure.Span;
                if (subjectToken >= 0)
                {
                    var t = tokens[subjectToken];
                    var word = article.Text.Substring(t.Start, t.Length);
                    subject = SubjectKey(article.Text, tokens, taken, subjectToken, IsPart(article.Text, tokens, figure, subjectToken), figure.Increment, _subjectByWord[word]);
                    unit = _measure == Measure.Count ? word.ToLowerInvariant().Singularize(inputIsKnownToBePlural: false) : null;
                    matched = matched.Union(new TextSpan(t.Start, t.Length));
                    if (subjectToken > figure.LastToken)
                        claimed[subjectToken] = true;
                }
                else if (figure.Spelled && figure.Currency is null && !figure.Percent)
                {
                    continue; // "one of them", "several years": words that count nothing a rule knows
                }
                else if (_measure == Measure.Count)
                {
                    unit = CountedNoun(article.Text, tokens, figure);
                }
                var when = Scope(dates, figure);
                sentenceText ??= article.TextOf(sentence.Span);
                var (line, column) = article.Lines.Locate(figure.Span.Start);
                var evidence = new Evidence(article.Path, line, column, figure.Span, sentenceText);
                claims.Add(new Claim(this, article, subject, null, figure.ToValue(_tolerance, unit), article.TextOf(figure.Span),
                    article.TextOf(matched), evidence, when: when));
            }
        }
    }

    private bool Measures(QuantityMention figure) => _measure switch
    {
        Measure.Money => figure.Currency is not null,
        Measure.Percent => figure.Percent,
        _ => figure.Currency is null && !figure.Percent,
    };

    /// <summary>The noun right after a figure that no subject word names ("2.5m viewers", "thousands of protesters"), singular.</summary>
    private static string? CountedNoun(string text, List<Token> tokens, QuantityMention figure)
    {
        var k = figure.LastToken + 1;
        if (k < tokens.Count && text.AsSpan(tokens[k].Start, tokens[k].Length).Equals("of", StringComparison.OrdinalIgnoreCase))
            k++;
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word
            || NumberWords.Words.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            return null;
        return text.Substring(tokens[k].Start, tokens[k].Length).ToLowerInvariant().Singularize(inputIsKnownToBePlural: false);
    }

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
            if ((BreaksClause(text, tokens[k]) && k > figure.LastToken + 1) || taken[k]
                || (!pastComma && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == ','))
                break;
            if (tokens[k].Kind == TokenKind.Word && lookup.ContainsKey(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                return k;
        }
        return -1;
    }

    private static bool BreaksClause(string text, Token token) =>
        token.Kind == TokenKind.Punctuation && text[token.Start] is ';' or ':' or '(' or ')' or '.' or '"' or '\u201C' or '\u201D';

    /// <summary>
    /// The subject with the words that narrow it ("military aid", "refurbished battle tanks"), so that a part is
    /// never compared with a total; a figure after "including" is marked as a part. The modifiers end at a grammar
    /// word, a possessive ("the club's annual revenue" is "annual revenue") and a verb ("the firm reported revenue").
    /// </summary>
    private static string SubjectKey(string text, List<Token> tokens, bool[] taken, int subjectToken, bool part, bool increment, string subject)
    {
        var function = NumberWords.Words.Stops.GetAlternateLookup<ReadOnlySpan<char>>();
        var words = new List<string>();
        for (var k = subjectToken - 1; k >= 0; k--)
        {
            if (taken[k])
                break;
            var token = tokens[k];
            var word = text.AsSpan(token.Start, token.Length);
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
            words.Add(Places.Fold(word.ToString()));
        }
        words.Reverse();
        words.Add(subject);
        var key = string.Join(' ', words);
        if (increment)
            key = "additional " + key;
        return part ? key + " (part)" : key;
    }

    /// <summary>
    /// A verb, which no modifier lies behind: one of the irregular verbs of the vocabulary, or a word in -ed after a
    /// noun ("the company reported revenue"); after a grammar word, an adverb or a figure, a word in -ed is an
    /// adjective ("the refurbished tanks", "newly pledged aid", "14 armoured vehicles").
    /// </summary>
    private static bool IsVerb(string text, List<Token> tokens, bool[] taken, int k)
    {
        var word = text.AsSpan(tokens[k].Start, tokens[k].Length);
        if (NumberWords.Words.Verbs.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        if (word.Length <= 4 || !word.EndsWith("ed", StringComparison.OrdinalIgnoreCase) || k == 0 || taken[k - 1] || tokens[k - 1].Kind != TokenKind.Word)
            return false;
        var before = text.AsSpan(tokens[k - 1].Start, tokens[k - 1].Length);
        return !NumberWords.Words.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(before) && !before.EndsWith("ly", StringComparison.OrdinalIgnoreCase);
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

    /// <summary>The date in the sentence nearest the figure, if close: the time the figure holds for.</summary>
    private ReportedDate? Scope(List<DateMention> dates, QuantityMention figure)
    {
        ReportedDate? best = null;
        var bestDistance = int.MaxValue;
        foreach (var date in dates)
        {
            var distance = date.LastToken < figure.FirstToken ? figure.FirstToken - date.LastToken : date.FirstToken - figure.LastToken;
            if (distance >= 0 && distance <= _within * 2 && distance < bestDistance)
            {
                best = date.Value;
                bestDistance = distance;
            }
        }
        return best;
    }

    public override bool SameFact(Claim a, Claim b)
    {
        var x = (ReportedQuantity)a.Value;
        var y = (ReportedQuantity)b.Value;
        if (a.Subject != b.Subject || x.Currency != y.Currency || x.Unit != y.Unit || x.Increment != y.Increment)
            return false;
        if (a.When is { } p && b.When is { } q)
            return p.Range.Contains(q.Range) || q.Range.Contains(p.Range);
        var apart = Math.Abs(a.Article.Published.DayNumber - b.Article.Published.DayNumber);
        return apart <= _sameTimeWithinDays;
    }

    public override Comparison Compare(Claim a, Claim b) => QuantityComparison.Compare((ReportedQuantity)a.Value, (ReportedQuantity)b.Value);

    public override string Describe(string subject) => _measure switch
    {
        Measure.Money => $"the amount of {subject}",
        Measure.Percent => $"the share of {subject}",
        _ => $"the number of {subject}",
    };
}
