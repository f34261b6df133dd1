using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.PlaceName;

internal sealed class PlaceNameComparer(int variantSimilarity) : ClaimComparer
{
    /// <summary>Spellings never contradict: two different places are two facts.</summary>
    public override bool MayContradict(Claim a, Claim b) => false;

    public override bool CanContradict => false;

    public override Comparison Compare(Claim a, Claim b) =>
        PlaceComparison.Compare((ReportedPlace)a.Value, (ReportedPlace)b.Value, variantSimilarity);

    /// <summary>Only spellings that differ are worth an editor's time; every place named once or alike is left out.</summary>
    public override bool Reports(Verdict verdict) => verdict == Verdict.Variant;
}
