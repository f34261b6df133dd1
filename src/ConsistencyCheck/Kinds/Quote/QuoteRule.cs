using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
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
    private readonly int _sameQuoteThreshold;
    private readonly int _otherSpeakerThreshold;
    private readonly int _otherSpeakerMinWords;

    private QuoteRule(RuleHeader header, English english, QuoteVocabulary vocabulary, int minWords, int sameQuoteThreshold, int otherSpeakerThreshold,
        int otherSpeakerMinWords)
        : base(header)
    {
        _english = english;
        _vocabulary = vocabulary;
        _minWords = minWords;
        _sameQuoteThreshold = sameQuoteThreshold;
        _otherSpeakerThreshold = otherSpeakerThreshold;
        _otherSpeakerMinWords = otherSpeakerMinWords;
    }

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
            claims.Add(new Claim(this, article, mention.Speaker?.Key, null, value, written, article.TextOf(mention.Matched), evidence));
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

    /// <summary>
    /// Quotes by one speaker are the same quote when they can be the same words, or (in different articles) when their
    /// content is similar enough. Quotes by different speakers are compared only when nearly all their words are the
    /// same, in order, and they are long enough not to be a phrase many people echo: then the attribution contradicts.
    /// Two quotes in one article are never made a contradiction (the grouper never pairs two groups of one article):
    /// a speaker may well say a thing and then its opposite.
    /// </summary>
    public override bool SameFact(Claim a, Claim b)
    {
        (a, b) = InOrder(a, b);
        var x = (ReportedQuote)a.Value;
        var y = (ReportedQuote)b.Value;
        var elsewhere = !ReferenceEquals(a.Article, b.Article);
        if (a.Subject != b.Subject)
        {
            // A speaker inferred from "she said" may be our misreading of the pronoun, not the outlet's error
            if (x.SpeakerInferred || y.SpeakerInferred)
                return false;
            return elsewhere && Math.Min(x.Tokens.Count(t => t.IsWord), y.Tokens.Count(t => t.IsWord)) >= _otherSpeakerMinWords
                && QuoteComparison.Wording(x, y) >= _otherSpeakerThreshold;
        }
        return QuoteComparison.SameWords(x, y, _minWords) || (elsewhere && QuoteComparison.Similarity(x, y, _vocabulary) >= _sameQuoteThreshold);
    }

    /// <summary>All quotes are weighed against each other: the same words given to two speakers contradict.</summary>
    public override string GroupKey(Claim claim) => "";

    /// <summary>
    /// The two claims in a fixed order (article, then place in it): word alignment and the antonym swap look from one
    /// quote to the other, and the grouper asks in either order, so both answers must be the same.
    /// </summary>
    private static (Claim, Claim) InOrder(Claim a, Claim b) =>
        string.CompareOrdinal(a.Article.Id, b.Article.Id) is var byArticle && (byArticle > 0 || (byArticle == 0 && a.Evidence.Span.Start > b.Evidence.Span.Start))
            ? (b, a) : (a, b);

    public override Comparison Compare(Claim a, Claim b)
    {
        var (x, y) = InOrder(a, b);
        return QuoteComparison.Compare((ReportedQuote)x.Value, (ReportedQuote)y.Value, _vocabulary, _minWords);
    }

    public override string Describe(string subject) =>
        string.Join(' ', subject.Split(' ').Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..])) + "'s words";
}
