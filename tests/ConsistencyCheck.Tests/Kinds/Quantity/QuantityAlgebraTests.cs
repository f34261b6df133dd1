using ConsistencyCheck.Claims;
using ConsistencyCheck.Kinds.Quantity;
using ConsistencyCheck.Language;
using ConsistencyCheck.Verdicts;
using CsCheck;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>
/// Invariants of comparing figures as intervals, over random intervals with open, closed and missing ends. The ends
/// are drawn from a few multiples of a scale, so that equal and touching ends are frequent. Set relations are
/// checked by membership at the ends of both intervals, between them and beyond them, which decides them exactly.
/// </summary>
public sealed class QuantityAlgebraTests
{
    private const long Iterations = 20_000;
    private const int Top = 12;

    /// <summary>A non-empty interval with ends in 0..<see cref="Top"/> times a scale, either end possibly open or missing.</summary>
    private static readonly Gen<ReportedQuantity> Figure =
        Gen.Select(Gen.Int[-1, Top], Gen.Int[-1, Top], Gen.Bool, Gen.Bool, Gen.OneOf(1m, 0.5m, 1_000_000_000m), (l, h, li, hi, scale) =>
        {
            decimal? low = l < 0 ? null : l * scale;
            decimal? high = h < 0 ? null : h * scale;
            if (low > high)
                (low, high) = (high, low);
            var single = low is not null && low == high;
            return new ReportedQuantity(low, high, li || single, hi || single, "EUR", null, approximate: false, increment: false, LanguagePack.Bundled.Numbers);
        });

    /// <summary>Two figures, in one pair of four the same interval written apart (so that agreement is frequent too).</summary>
    private static readonly Gen<(ReportedQuantity, ReportedQuantity)> Pair =
        Gen.Select(Figure, Figure, Gen.Int[0, 3], (a, b, same) => (a, same == 0 ? Copy(a) : b));

    [Fact]
    public void Every_figure_agrees_with_itself() =>
        Figure.Sample(a => Assert.Equal(Verdict.Agree, QuantityComparison.Compare(a, a).Verdict), iter: Iterations);

    [Fact]
    public void A_figure_agrees_with_an_equal_one_written_apart() =>
        Figure.Sample(a => Assert.Equal(Verdict.Agree, QuantityComparison.Compare(a, Copy(a)).Verdict), iter: Iterations);

    [Fact]
    public void The_comparison_gives_the_same_verdict_both_ways() =>
        Pair.Sample((a, b) => Assert.Equal(QuantityComparison.Compare(a, b).Verdict, QuantityComparison.Compare(b, a).Verdict), iter: Iterations);

    [Fact]
    public void Figures_agree_exactly_when_they_are_the_same_interval() =>
        Pair.Sample((a, b) =>
        {
            var same = Points(a, b).All(p => Contains(a, p, closed: false) == Contains(b, p, closed: false));
            Assert.Equal(same, QuantityComparison.Compare(a, b).Verdict == Verdict.Agree);
        }, iter: Iterations);

    [Fact]
    public void A_figure_inside_another_never_contradicts_it() =>
        Pair.Sample((a, b) =>
        {
            if (Points(a, b).All(p => !Contains(a, p, closed: false) || Contains(b, p, closed: false)))
                Assert.NotEqual(Verdict.Contradict, QuantityComparison.Compare(a, b).Verdict);
        }, iter: Iterations);

    [Fact]
    public void Overlapping_figures_never_contradict() =>
        Pair.Sample((a, b) =>
        {
            if (Points(a, b).Any(p => Contains(a, p, closed: false) && Contains(b, p, closed: false)))
                Assert.NotEqual(Verdict.Contradict, QuantityComparison.Compare(a, b).Verdict);
        }, iter: Iterations);

    /// <summary>
    /// Disjoint figures contradict unless they meet at an end ("more than €150 billion" and "€150 billion"), which
    /// news rounding makes compatible: so figures contradict exactly when a gap lies between them.
    /// </summary>
    [Fact]
    public void Figures_contradict_exactly_when_a_gap_lies_between_them() =>
        Pair.Sample((a, b) =>
        {
            var gap = !Points(a, b).Any(p => Contains(a, p, closed: true) && Contains(b, p, closed: true));
            Assert.Equal(gap, QuantityComparison.Compare(a, b).Verdict == Verdict.Contradict);
        }, iter: Iterations);

    [Fact]
    public void The_pairs_reach_every_verdict_and_figures_that_meet_at_an_end()
    {
        var verdicts = new HashSet<Verdict>();
        var meet = false;
        Pair.Sample((a, b) =>
        {
            var comparison = QuantityComparison.Compare(a, b);
            verdicts.Add(comparison.Verdict);
            meet |= comparison.Reason.Contains("meet at one figure", StringComparison.Ordinal);
        }, iter: Iterations, threads: 1);
        Assert.Equal([Verdict.Contradict, Verdict.Compatible, Verdict.Agree], verdicts.Order());
        Assert.True(meet, "no pair met at an end");
    }

    /// <summary>The same interval as a new figure, with another hedge flag: approximation is no part of the interval.</summary>
    private static ReportedQuantity Copy(ReportedQuantity a) =>
        new(a.Low, a.High, a.LowInclusive, a.HighInclusive, a.Currency, a.Unit, !a.Approximate, a.Increment, LanguagePack.Bundled.Numbers);

    /// <summary>Whether the interval holds <paramref name="x"/>; with <paramref name="closed"/>, its closure does.</summary>
    private static bool Contains(ReportedQuantity q, decimal x, bool closed) =>
        (q.Low is not { } low || x > low || (x == low && (q.LowInclusive || closed)))
        && (q.High is not { } high || x < high || (x == high && (q.HighInclusive || closed)));

    /// <summary>Every end, the midpoints between ends, and a point beyond each side: where two such intervals can differ.</summary>
    private static List<decimal> Points(ReportedQuantity a, ReportedQuantity b)
    {
        var ends = new[] { a.Low, a.High, b.Low, b.High }.OfType<decimal>().Distinct().Order().ToList();
        if (ends.Count == 0)
            return [0m];
        var points = new List<decimal>(ends) { ends[0] - 1, ends[^1] + 1 };
        for (var i = 1; i < ends.Count; i++)
            points.Add((ends[i - 1] + ends[i]) / 2);
        return points;
    }
}
