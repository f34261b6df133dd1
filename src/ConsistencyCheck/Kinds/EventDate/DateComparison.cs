using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.EventDate;

/// <summary>Dates compared as day intervals: the same days agree, one inside the other is compatible, apart they contradict.</summary>
internal static class DateComparison
{
    public static Comparison Compare(ReportedDate a, ReportedDate b)
    {
        var x = a.Range;
        var y = b.Range;
        if (a.EitherEnd || b.EitherEnd)
            return EitherEnd(a, b);
        if (x == y)
            return new Comparison(Verdict.Agree, $"both mean {a.Describe()}");
        if (x.Contains(y) || y.Contains(x))
        {
            var (wide, narrow) = x.Contains(y) ? (a, b) : (b, a);
            return new Comparison(Verdict.Compatible, $"{narrow.Describe()} lies within {wide.Describe()}");
        }
        if (x.Overlaps(y))
        {
            return a.SoftEdges || b.SoftEdges
                ? new Comparison(Verdict.Compatible, $"{a.Describe()} and {b.Describe()} overlap, and at least one of them is approximate")
                : new Comparison(Verdict.Contradict, $"{a.Describe()} and {b.Describe()} only partly overlap");
        }
        var gap = x.DistanceTo(y);
        return new Comparison(Verdict.Contradict,
            $"{a.Describe()} and {b.Describe()} are {gap} day{(gap == 1 ? "" : "s")} apart ({a.Resolution}; {b.Resolution})");
    }

    /// <summary>A date read two ways fits a date that holds either of its days, and no other.</summary>
    private static Comparison EitherEnd(ReportedDate a, ReportedDate b)
    {
        var (two, other) = a.EitherEnd ? (a, b) : (b, a);
        DateOnly[] readings = [two.Range.Start, two.Range.End];
        bool Holds(ReportedDate date, DateOnly day) => date.EitherEnd ? date.Range.Start == day || date.Range.End == day : date.Range.Contains(DateRange.Day(day));
        if (other.EitherEnd && other.Range == two.Range)
            return new Comparison(Verdict.Agree, $"both mean {two.Describe()}");
        if (readings.Any(day => Holds(other, day)))
            return new Comparison(Verdict.Compatible, $"{other.Describe()} fits one reading of {two.Describe()} ({two.Resolution})");
        return new Comparison(Verdict.Contradict, $"{other.Describe()} is neither of the days {two.Describe()} can mean ({two.Resolution}; {other.Resolution})");
    }
}
