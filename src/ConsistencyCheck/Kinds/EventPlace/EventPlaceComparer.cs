using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.EventPlace;

/// <summary>Places compared through the gazetteer; a place it does not know compares by name, a near spelling being a variant.</summary>
internal sealed class EventPlaceComparer(int variantSimilarity) : ClaimComparer
{
    /// <summary>Two places of undated mentions disagree without contradicting: they may be two events of one kind.</summary>
    public override bool MayContradict(Claim a, Claim b) => a.When is not null && b.When is not null;

    public override Comparison Compare(Claim a, Claim b) =>
        PlaceComparison.Compare((ReportedPlace)a.Value, (ReportedPlace)b.Value, variantSimilarity);
}
