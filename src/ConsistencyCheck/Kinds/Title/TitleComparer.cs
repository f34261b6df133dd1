using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>Titles compared through the taxonomy of offices; "chief" fits the office that heads the organisation.</summary>
internal sealed class TitleComparer(HashSet<string> headOffices) : ClaimComparer
{
    public override Comparison Compare(Claim a, Claim b) =>
        TitleComparison.Compare((ReportedTitle)a.Value, (ReportedTitle)b.Value, headOffices);
}
