using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Verdicts;

/// <summary>
/// A running figure's reports in the order of their moments, when that order explains why they differ (a toll that
/// rose through the day): the finding is then <see cref="Verdict.Updated"/>, and <see cref="Latest"/> is the figure to use.
/// </summary>
public sealed record Timeline(IReadOnlyList<Claim> InOrder, Claim Latest, string Reason);
