using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>Figures compared as intervals: equal agree, overlapping at different precision are compatible, apart they contradict.</summary>
internal static class QuantityComparison
{
    public static Comparison Compare(ReportedQuantity a, ReportedQuantity b)
    {
        if (a.Low == b.Low && a.High == b.High && a.LowInclusive == b.LowInclusive && a.HighInclusive == b.HighInclusive)
            return new Comparison(Verdict.Agree, $"both say {a.Describe()}");
        if (Overlap(a, b))
            return new Comparison(Verdict.Compatible, $"{a.Describe()} and {b.Describe()} can both be true");
        if (Touch(a, b))
            return new Comparison(Verdict.Compatible, $"{a.Describe()} and {b.Describe()} meet at one figure, as a round figure meets a bound");
        return new Comparison(Verdict.Contradict, $"{a.Describe()} vs {b.Describe()}: no figure fits both");
    }

    private static bool Overlap(ReportedQuantity a, ReportedQuantity b) =>
        Below(a.Low, a.LowInclusive, b.High, b.HighInclusive) && Below(b.Low, b.LowInclusive, a.High, a.HighInclusive);

    /// <summary>"more than €150 billion" against "€150 billion": the ends meet, and news rounds to such figures.</summary>
    private static bool Touch(ReportedQuantity a, ReportedQuantity b) =>
        Below(a.Low, true, b.High, true) && Below(b.Low, true, a.High, true);

    /// <summary>Whether some number is at or above <paramref name="low"/> and at or below <paramref name="high"/>; null ends are open.</summary>
    private static bool Below(decimal? low, bool lowInclusive, decimal? high, bool highInclusive) =>
        low is null || high is null || low < high || (low == high && lowInclusive && highInclusive);
}
