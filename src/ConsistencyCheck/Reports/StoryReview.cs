using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// What a reviewer has already seen of a story: the findings its <c>accepted.yml</c> accepts, and how its findings
/// moved since an earlier report (a baseline). A finding accepted, or unchanged since the baseline, is not open: it
/// is counted in the summary but neither listed nor failing the run.
/// </summary>
internal sealed class StoryReview
{
    private readonly HashSet<string> _suppressed;

    private StoryReview(IReadOnlyList<AcceptedFinding>? accepted, FindingChanges? baseline, IReadOnlyList<Finding> findings)
    {
        Accepted = accepted;
        Baseline = baseline;
        var ids = new HashSet<string>(findings.Select(f => f.Id), StringComparer.Ordinal);
        _suppressed = new HashSet<string>((accepted ?? []).Select(a => a.Id).Where(ids.Contains), StringComparer.Ordinal);
        Suppressed = [.. findings.Select(f => f.Id).Where(_suppressed.Contains)];
        Stale = [.. (accepted ?? []).Where(a => !ids.Contains(a.Id))];
    }

    /// <summary>The story's accepted findings; null when it has no <c>accepted.yml</c>.</summary>
    public IReadOnlyList<AcceptedFinding>? Accepted { get; }

    /// <summary>The ids of the findings accepted, in report order.</summary>
    public IReadOnlyList<string> Suppressed { get; }

    /// <summary>Accepted ids that match no finding: the fact was fixed or now reads otherwise, and the entry can go.</summary>
    public IReadOnlyList<AcceptedFinding> Stale { get; }

    /// <summary>The changes since the baseline; null without one.</summary>
    public FindingChanges? Baseline { get; }

    public static StoryReview Of(StoryReport report, IReadOnlyList<AcceptedFinding>? accepted, SavedStory? baseline, bool hasBaseline)
    {
        var acceptedIds = new HashSet<string>((accepted ?? []).Select(a => a.Id), StringComparer.Ordinal);
        var changes = hasBaseline ? FindingChanges.Between(baseline?.Findings ?? [], report.Findings.Select(SavedFinding.Of), acceptedIds) : null;
        return new(accepted, changes, report.Findings);
    }

    public bool IsAccepted(Finding finding) => _suppressed.Contains(finding.Id);

    /// <summary>Whether the finding still asks for a look: not accepted, and new or changed when there is a baseline.</summary>
    public bool IsOpen(Finding finding) => !IsAccepted(finding) && (Baseline is null || Baseline.IsNewOrChanged(finding.Id));
}

/// <summary>
/// The findings a report lists of a story, and how many it leaves out and why: accepted, unchanged since the
/// baseline, or of a verdict not asked for. The summary counts stay whole.
/// </summary>
internal sealed record Listing(IReadOnlyList<Finding> Findings, int Accepted, int Unchanged, int OtherVerdicts)
{
    public int NotListed => Accepted + Unchanged + OtherVerdicts;

    public static Listing Of(StoryReport report, ReportOptions options)
    {
        var review = report.Review;
        var listed = new List<Finding>();
        int accepted = 0, unchanged = 0, other = 0;
        foreach (var finding in report.Findings)
        {
            if (review is not null && review.IsAccepted(finding))
                accepted++;
            else if (review is not null && !review.IsOpen(finding))
                unchanged++;
            else if (options.Verdicts is { } shown && !shown.Contains(finding.Verdict))
                other++;
            else
                listed.Add(finding);
        }
        return new Listing(listed, accepted, unchanged, other);
    }

    /// <summary>Why findings are left out, in words: "2 accepted, 10 unchanged since the baseline"; empty when none are.</summary>
    public string Reasons()
    {
        var parts = new List<string>();
        if (Accepted > 0)
            parts.Add($"{Accepted} accepted ({AcceptedFinding.FileName})");
        if (Unchanged > 0)
            parts.Add($"{Unchanged} unchanged since the baseline");
        if (OtherVerdicts > 0)
            parts.Add($"{OtherVerdicts} of verdicts not shown");
        return string.Join(", ", parts);
    }

    /// <summary>"new" or "changed" for a finding listed against a baseline; null without one.</summary>
    public static string? Change(StoryReport report, Finding finding) =>
        report.Review?.Baseline is not { } baseline ? null
        : baseline.ChangeOf(finding.Id) is not null ? "changed"
        : baseline.IsNewOrChanged(finding.Id) ? "new"
        : null;
}
