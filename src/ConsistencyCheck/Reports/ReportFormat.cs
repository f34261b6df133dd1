namespace ConsistencyCheck.Reports;

public enum ReportFormat
{
    Text,
    Json,
    Markdown,
}

/// <summary>How a report is written: colour is for terminals only.</summary>
public readonly record struct ReportOptions(bool Color = false);
