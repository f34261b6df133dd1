using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.EventDate;

/// <summary>Event dates compared as day intervals; a plan is not contradicted by a later report of what happened.</summary>
internal sealed class EventDateComparer : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b) => DateComparison.Compare((ReportedDate)a.Value, (ReportedDate)b.Value);

    public override bool MayContradict(Claim a, Claim b) => EventDateFacts.Stance(a) * EventDateFacts.Stance(b) >= 0;
}
