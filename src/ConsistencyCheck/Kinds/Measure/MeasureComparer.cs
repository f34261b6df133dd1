using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Measure;

/// <summary>
/// Measures compared as intervals in one unit: the same figure agrees, figures whose precision lets them meet are
/// compatible ("about 18 km" and "18.5 km", "72 km" and "45 miles"), figures no rounding reconciles contradict. An
/// agency's measurement contradicts only one the same agency is said to have made.
/// </summary>
internal sealed class MeasureComparer(IReadOnlySet<string> agencySubjects, decimal apart) : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b)
    {
        var (x, y) = ((ReportedMeasure)a.Value, (ReportedMeasure)b.Value);
        if (x.Reading.Written == y.Reading.Written && x.Reading.Unit == y.Reading.Unit)
            return new Comparison(Verdict.Agree, $"both say {x.Reading.Written}");
        // A converted figure was rounded twice, once in each unit: a hundredth more room each way
        var slack = x.Converted is not null || y.Converted is not null ? 0.01m : 0;
        if (x.Low * (1 - slack) < y.High * (1 + slack) && y.Low * (1 - slack) < x.High * (1 + slack))
        {
            return x.Low == y.Low && x.High == y.High
                ? new Comparison(Verdict.Agree, $"{x.Describe()} and {y.Describe()} are the same measure")
                : new Comparison(Verdict.Compatible, $"{x.Describe()} and {y.Describe()} can both be true at the precision given");
        }
        return new Comparison(Verdict.Contradict, $"{x.Describe()} vs {y.Describe()}: no rounding makes them one figure");
    }

    /// <summary>
    /// Figures far apart ("six miles" and "35 kilometres" from one city) more likely measure two things than one thing
    /// wrongly, and an agency's measurements (a magnitude, a depth) contradict only those the same agency is said to give.
    /// </summary>
    public override bool MayContradict(Claim a, Claim b)
    {
        var (x, y) = ((ReportedMeasure)a.Value, (ReportedMeasure)b.Value);
        var (low, high) = (Math.Min(Middle(x), Middle(y)), Math.Max(Middle(x), Middle(y)));
        return low > 0 && high <= low * apart
            && (a.Subject is null || !agencySubjects.Contains(a.Subject) || (x.Body is not null && x.Body == y.Body));
    }

    private static decimal Middle(ReportedMeasure value) => (value.Low + value.High) / 2;
}
