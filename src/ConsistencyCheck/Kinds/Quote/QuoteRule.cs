using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// <c>kind: quote</c>: the words a person is quoted as saying, attributed to a speaker ("he said", "said the Secretary
/// General", "according to X"), aligned across outlets by speaker and similar content, and compared word by word:
/// the same words agree, a reworded or translated quote is a variant, a polarity flip or the same words given to
/// another speaker contradict.
/// </summary>
internal sealed class QuoteRule : Rule
{
    private readonly English _english;
    private static readonly WholeNumberOption MinWords = new("minWords", 3, 1, 50);
    private static readonly WholeNumberOption SameQuoteThreshold = new("sameQuoteThreshold", 75, 1, 100);
    private static readonly WholeNumberOption OtherSpeakerThreshold = new("otherSpeakerThreshold", 90, 1, 100);
    private static readonly WholeNumberOption OtherSpeakerMinWords = new("otherSpeakerMinWords", 8, 1, 100);

    public static readonly RuleKind Registration = new(
        "quote",
        "quoted words and their speaker, compared word by word with the same speaker's quotes in other outlets",
        ["minWords", "sameQuoteThreshold", "otherSpeakerThreshold", "otherSpeakerMinWords", "speakerVerbs", "titles", "negations", "antonyms"],
        [MinWords, SameQuoteThreshold, OtherSpeakerThreshold, OtherSpeakerMinWords],
        Decode);

    private readonly QuoteVocabulary _vocabulary;
    private readonly int _minWords;

    private QuoteRule(RuleHeader header, English english, QuoteVocabulary vocabulary, int minWords, int sameQuoteThreshold, int otherSpeakerThreshold,
        int otherSpeakerMinWords)
        : base(header)
    {
        _english = english;
        _vocabulary = vocabulary;
        _minWords = minWords;
        Facts = new QuoteFacts(vocabulary, minWords, sameQuoteThreshold, otherSpeakerThreshold, otherSpeakerMinWords);
        Comparer = new QuoteComparer(vocabulary, minWords);
    }

    public override FactPolicy Facts { get; }

    public override ClaimComparer Comparer { get; }

    public override IReadOnlyList<string> NormalizedKeys { get; } = ["speaker", "quoteText", "words"];

    private static Rule? Decode(RuleHeader header, YamlMap map, Gazetteer gazetteer, LanguagePack language)
    {
        var before = map.Errors.Count;
        var minWords = MinWords.Read(map);
        var sameQuote = SameQuoteThreshold.Read(map);
        var otherSpeaker = OtherSpeakerThreshold.Read(map);
        var otherSpeakerWords = OtherSpeakerMinWords.Read(map);
        var verbs = Words(map, "speakerVerbs");
        var titles = map.Strings("titles", required: true) ?? [];
        var negations = Words(map, "negations");
        var antonyms = Pairs(map, "antonyms");
        if (map.Errors.Count > before)
            return null;
        var vocabulary = new QuoteVocabulary(verbs, titles, negations.Select(Places.Fold), antonyms);
        return new QuoteRule(header, language.English, vocabulary, minWords, sameQuote, otherSpeaker, otherSpeakerWords);
    }

    /// <summary>A list of single words: quotes are compared word by word, so a phrase would never match.</summary>
    private static IReadOnlyList<string> Words(YamlMap map, string key)
    {
        var words = map.Strings(key, required: true) ?? [];
        if (words.FirstOrDefault(w => w.Contains(' ', StringComparison.Ordinal)) is { } phrase)
            map.Error(map.Find(key)!, $"'{phrase}' in '{key}' must be one word; list each form ('said', 'says')");
        return words;
    }

    /// <summary>A list of word pairs ("- [win, lose]"), folded like the words of a quote.</summary>
    private static List<(string, string)> Pairs(YamlMap map, string key)
    {
        var pairs = new List<(string, string)>();
        foreach (var item in map.Sequence(key, required: true) ?? [])
        {
            if (item is YamlSequenceNode { Children: [YamlScalarNode { Value: { Length: > 0 } a }, YamlScalarNode { Value: { Length: > 0 } b }] }
                && !a.Contains(' ', StringComparison.Ordinal) && !b.Contains(' ', StringComparison.Ordinal))
                pairs.Add((Places.Fold(a), Places.Fold(b)));
            else
                map.Error(item, $"each item of '{key}' must be a pair of single words, e.g. [win, lose]");
        }
        return pairs;
    }

    internal override void Extract(ArticleAnalysis analysis, List<Claim> claims)
    {
        var article = analysis.Article;
        foreach (var mention in QuoteRecogniser.Find(article.Text, article.BodyStart, article.Sentences, _vocabulary, _english))
        {
            var tokens = QuoteWords.Read(article.Text, mention.Parts, _english);
            if (tokens.Count(t => t.IsWord) < _minWords)
                continue; // a scare quote ("so-called “peace plan”"), not somebody's words
            var text = string.Join(' ', mention.Parts.Select(article.TextOf)).TrimEnd(',', ':');
            var value = new ReportedQuote(text, tokens, Content(tokens), mention.Speaker, mention.Resolution, mention.Inferred);
            var first = mention.Parts[0];
            var written = article.TextOf(first).TrimEnd(',', ':');
            var (line, column) = article.Lines.Locate(first.Start);
            var evidence = new Evidence(article.Path, line, column, new TextSpan(first.Start, written.Length), SentencesOf(article, mention.Matched));
            claims.Add(new Claim(Id, Kind, article, mention.Speaker?.Key, null, value, written, article.TextOf(mention.Matched), evidence));
        }
    }

    /// <summary>
    /// The words that carry what a quote is about, for aligning quotes: no grammar words, no negations (so that a
    /// quote and its negation align, and are compared), no possessive "'s" ("Ukraine's" is about Ukraine).
    /// </summary>
    private string Content(List<QuoteToken> tokens) =>
        string.Join(' ', tokens
            .Where(t => t.IsWord && !_english.Common.Contains(t.Text) && !_vocabulary.Negations.Contains(t.Text))
            .Select(t => t.Text.EndsWith("'s", StringComparison.Ordinal) ? t.Text[..^2] : t.Text));

    /// <summary>The sentences the quote and its attribution stand in.</summary>
    private static string SentencesOf(Article article, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        foreach (var sentence in article.Sentences)
        {
            if (sentence.Span.End > span.Start && sentence.Span.Start < span.End)
            {
                start = Math.Min(start, sentence.Span.Start);
                end = Math.Max(end, sentence.Span.End);
            }
        }
        return article.Text[start..end];
    }

    public override string Describe(string subject) =>
        string.Join(' ', subject.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "'s words";
}
