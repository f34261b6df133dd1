using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.Measure;

/// <summary>
/// Two measures are one fact when they measure the same subject in one family of units and were reported close enough
/// in time. Two agencies' figures may gather when they agree; the comparer keeps them from contradicting.
/// </summary>
internal sealed class MeasureFacts(DayWindow sameTime) : FactPolicy
{
    /// <summary>Distances from one place, however it is spelt ("Marrakesh", "Marrakech"), are weighed together.</summary>
    public override string GroupKey(Claim claim) =>
        ((ReportedMeasure)claim.Value).Reference is { } reference ? "distance from " + reference : claim.Subject!;

    public override bool SameFact(Claim a, Claim b)
    {
        var (x, y) = ((ReportedMeasure)a.Value, (ReportedMeasure)b.Value);
        return x.Family == y.Family && sameTime.Holds(a.Article.Published, b.Article.Published);
    }

    /// <summary>Figures close together are likelier one measure rounded two ways than two measures.</summary>
    public override bool MayBeOneFact(IReadOnlyList<Claim> claims)
    {
        var values = claims.Select(c => (ReportedMeasure)c.Value).ToList();
        var (low, high) = (values.Min(v => v.Low), values.Max(v => v.High));
        return low > 0 && high / low <= 1.5m;
    }
}
