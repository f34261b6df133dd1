using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;
using ConsistencyCheck.Numbers;

namespace ConsistencyCheck.Recognisers;

/// <summary>
/// One sentence cut into tokens, with the dates and the figures found in it; <see cref="IsDate"/> marks the tokens
/// of dates, which no figure may take.
/// </summary>
internal sealed record AnalysedSentence(Sentence Sentence, List<Token> Tokens, List<DateMention> Dates, bool[] IsDate, List<QuantityMention> Figures);

/// <summary>
/// An article's sentences, tokenized and scanned for dates and figures once for all the rules that read them:
/// tokenizing and the scans were most of the time of a check while each rule did them again. The checker makes one
/// per article and hands it to every rule; the scan runs when a rule first asks.
/// </summary>
internal sealed class ArticleAnalysis(Article article, LanguagePack language)
{
    private List<AnalysedSentence>? _sentences;

    public Article Article { get; } = article;

    public LanguagePack Language { get; } = language;

    public IReadOnlyList<AnalysedSentence> Sentences => _sentences ??= Analyse(Article, Language);

    private static List<AnalysedSentence> Analyse(Article article, LanguagePack language)
    {
        var sentences = new List<AnalysedSentence>(article.Sentences.Count);
        foreach (var sentence in article.Sentences)
        {
            var tokens = new List<Token>();
            Tokenizer.Tokenize(article.Text, sentence.Span, tokens);
            var dates = new List<DateMention>();
            DateScan.Find(article.Text, tokens, article.Published, language.English, dates);
            var isDate = new bool[tokens.Count];
            foreach (var date in dates)
                isDate.AsSpan(date.FirstToken, date.LastToken - date.FirstToken + 1).Fill(true);
            var figures = new List<QuantityMention>();
            QuantityScan.Find(article.Text, tokens, isDate, language.Numbers.Figures, figures);
            sentences.Add(new AnalysedSentence(sentence, tokens, dates, isDate, figures));
        }
        return sentences;
    }
}
