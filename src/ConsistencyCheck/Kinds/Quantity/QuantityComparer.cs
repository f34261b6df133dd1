using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>Figures compared as intervals.</summary>
internal sealed class QuantityComparer : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b) => QuantityComparison.Compare((ReportedQuantity)a.Value, (ReportedQuantity)b.Value);
}
