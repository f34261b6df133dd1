using ConsistencyCheck.Claims;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.Quote;

internal sealed class QuoteFacts(QuoteVocabulary vocabulary, int minWords, int sameQuoteThreshold, int otherSpeakerThreshold, int otherSpeakerMinWords)
    : FactPolicy
{
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
        var elsewhere = a.Article != b.Article;
        if (a.Subject != b.Subject)
        {
            // A speaker inferred from "she said" may be our misreading of the pronoun, not the outlet's error
            if (x.SpeakerInferred || y.SpeakerInferred)
                return false;
            return elsewhere && MayReach(x.Words, y.Words, otherSpeakerThreshold)
                && Math.Min(x.Tokens.Count(t => t.IsWord), y.Tokens.Count(t => t.IsWord)) >= otherSpeakerMinWords
                && QuoteComparison.Wording(x, y) >= otherSpeakerThreshold;
        }
        return QuoteComparison.SameWords(x, y, minWords) || (elsewhere && QuoteComparison.Similarity(x, y, vocabulary) >= sameQuoteThreshold);
    }

    /// <summary>
    /// The speaker, and for a quote long enough to be given to another speaker, its length band: two quotes whose
    /// lengths differ by more than <see cref="MayReach"/> allows fall in bands that share no key, since each quote
    /// names its own band and the next, and a band is as wide as the largest ratio of lengths that can still reach.
    /// </summary>
    public override IEnumerable<string> BlockingKeys(Claim claim)
    {
        yield return "speaker:" + claim.Subject;
        var quote = (ReportedQuote)claim.Value;
        if (quote.SpeakerInferred || quote.Tokens.Count(t => t.IsWord) < otherSpeakerMinWords)
            yield break;
        // The largest ratio of two lengths whose similarity can still round up to the threshold
        var widest = 200.0 / (otherSpeakerThreshold - 0.5) - 1;
        if (quote.Words.Length == 0 || widest >= 4)
        {
            yield return quote.Words.Length == 0 ? "empty" : "long";
            yield break;
        }
        var band = (int)Math.Floor(Math.Log(quote.Words.Length) / Math.Log(widest));
        yield return "band:" + band.ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return "band:" + (band + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Whether two wordings' lengths leave the similarity room to reach the threshold: at most the shorter can match,
    /// so quotes of very different lengths are told apart without aligning them (every pair of a story's quotes is asked).
    /// </summary>
    private static bool MayReach(string a, string b, int threshold) =>
        a.Length + b.Length == 0 || Math.Round(100.0 * 2 * Math.Min(a.Length, b.Length) / (a.Length + b.Length)) >= threshold;

    /// <summary>All quotes are weighed against each other: the same words given to two speakers contradict.</summary>
    public override string GroupKey(Claim claim) => "";

    /// <summary>
    /// The two claims in a fixed order (article, then place in it): word alignment and the antonym swap look from one
    /// quote to the other, and the grouper asks in either order, so both answers must be the same.
    /// </summary>
    public static (Claim, Claim) InOrder(Claim a, Claim b) =>
        string.CompareOrdinal(a.Article.Id, b.Article.Id) is var byArticle && (byArticle > 0 || (byArticle == 0 && a.Evidence.Span.Start > b.Evidence.Span.Start))
            ? (b, a) : (a, b);
}
