using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Recognisers;

/// <summary>The capitalised words of an article that may be names, for the rules that check how names are spelt.</summary>
internal static class ProperNames
{
    /// <summary>Each capitalised word of at least <paramref name="minLength"/> letters that is not a grammar word, a month or a weekday.</summary>
    public static IEnumerable<(AnalysedSentence Sentence, int Token)> In(ArticleAnalysis article, int minLength)
    {
        var text = article.Article.Text;
        foreach (var sentence in article.Sentences)
        {
            var tokens = sentence.Tokens;
            for (var k = 0; k < tokens.Count; k++)
            {
                if (IsCandidate(text, tokens[k], minLength, article.Language.English))
                    yield return (sentence, k);
            }
        }
    }

    private static bool IsCandidate(string text, Token token, int minLength, English english)
    {
        var word = text.AsSpan(token.Start, token.Length);
        return token.Kind == TokenKind.Word && word.Length >= minLength && char.IsUpper(word[0])
            && !english.FunctionWords.ContainsWord(word)
            && !CalendarWords.Months.ContainsKey(word) && !CalendarWords.Weekdays.ContainsKey(word);
    }

    /// <summary>Whether a capitalised word follows, so that the word opens a longer name ("Hafnia BK", "Jens Stoltenberg").</summary>
    public static bool NameGoesOn(string text, List<Token> tokens, int k) =>
        k + 1 < tokens.Count && tokens[k + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[k + 1].Start]);

    /// <summary>The evidence of the name at token <paramref name="k"/>.</summary>
    public static Evidence EvidenceOf(Article article, AnalysedSentence sentence, int k)
    {
        var token = sentence.Tokens[k];
        var (line, column) = article.Lines.Locate(token.Start);
        return new Evidence(article.Path, line, column, new TextSpan(token.Start, token.Length), article.TextOf(sentence.Sentence));
    }
}
