namespace ConsistencyCheck.Verdicts;

/// <summary>
/// What a verdict rests on, for the reports to put in words so that every format says the same thing: the fact's
/// subject and place, the comparer's reason, and for a contradiction the positions that stand against the first
/// (none when the clash is between readings that each fit the first). <see cref="Conflict"/> is set for a claim that
/// contradicts itself.
/// </summary>
public sealed record Grounds(string Subject, string? Place, string? Reason, IReadOnlyList<int> Dissenting, string? Conflict = null)
{
    /// <summary>For an <see cref="Verdict.Updated"/> finding, its reports in the order of their moments and the latest.</summary>
    public Timeline? Timeline { get; init; }
}
