using ConsistencyCheck.Claims;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.EventPlace;

internal sealed class EventPlaceFacts : FactPolicy
{
    /// <summary>The same event: the same kind, and days that overlap when both places are dated.</summary>
    public override bool SameFact(Claim a, Claim b) =>
        a.Subject == b.Subject && (a.When is not { } p || b.When is not { } q || p.Range.Overlaps(q.Range));
}
