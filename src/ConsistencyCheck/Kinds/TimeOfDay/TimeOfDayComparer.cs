using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.TimeOfDay;

/// <summary>
/// Clock times compared in UTC when both zones are known; a hedged time ("around 3 a.m.") fits any time within the
/// rule's tolerance. A time whose zone the text does not state may be in the outlet's own zone, so it never
/// contradicts a time of another article: it fits or it is compatible.
/// </summary>
internal sealed class TimeOfDayComparer(int toleranceMinutes) : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b)
    {
        var (x, y) = ((ReportedTime)a.Value, (ReportedTime)b.Value);
        var (p, q) = x.Utc is { } u && y.Utc is { } v ? (u, v) : (x.Minute, y.Minute);
        var apart = Math.Min(Math.Abs(p - q), 1440 - Math.Abs(p - q));
        if (apart == 0)
        {
            return x.Zone == y.Zone && x.Approximate == y.Approximate
                ? new Comparison(Verdict.Agree, $"both say {x.Describe()}")
                : new Comparison(Verdict.Compatible, $"{x.Describe()} and {y.Describe()} are the same moment");
        }
        if ((x.Approximate || y.Approximate) && apart <= toleranceMinutes)
            return new Comparison(Verdict.Compatible, $"{x.Describe()} and {y.Describe()} are {apart} minutes apart, within a hedge");
        if (x.Utc is null || y.Utc is null)
            return new Comparison(Verdict.Compatible, $"{x.Describe()} and {y.Describe()} may be given in different zones");
        return new Comparison(Verdict.Contradict, $"{x.Describe()} vs {y.Describe()}: {apart} minutes apart");
    }

    /// <summary>Only times whose zones the text states can contradict.</summary>
    public override bool MayContradict(Claim a, Claim b) => ((ReportedTime)a.Value).Utc is not null && ((ReportedTime)b.Value).Utc is not null;
}
