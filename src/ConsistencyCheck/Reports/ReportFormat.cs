using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

public enum ReportFormat
{
    Text,
    Json,
    Markdown,
}

/// <summary>How a report is written: colour is for terminals only.</summary>
public readonly record struct ReportOptions(bool Color = false)
{
    /// <summary>The verdicts whose findings are listed; null lists every one. The summary counts every finding.</summary>
    public IReadOnlySet<Verdict>? Verdicts { get; init; }
}
