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

    /// <summary>Where the Markdown report links each claim's line; null writes the path as code.</summary>
    public LineLink? LinkBase { get; init; }

    /// <summary>The most characters the Markdown report writes, its account of what it left out included; 0 for no limit.</summary>
    public int CharacterLimit { get; init; }
}
