using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>Quotes compared word by word, in the fixed order of <see cref="QuoteFacts.InOrder"/>.</summary>
internal sealed class QuoteComparer(QuoteVocabulary vocabulary, int minWords) : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b)
    {
        var (x, y) = QuoteFacts.InOrder(a, b);
        return QuoteComparison.Compare((ReportedQuote)x.Value, (ReportedQuote)y.Value, vocabulary, minWords);
    }
}
