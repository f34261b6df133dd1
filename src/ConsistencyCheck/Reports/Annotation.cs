using System.Text;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>How loud an annotation is, in the three levels code-review tools share: most urgent first.</summary>
internal enum AnnotationLevel
{
    Error,
    Warning,
    Note,
}

/// <summary>
/// A finding as the code-review formats (SARIF, GitHub annotations, reviewdog) place it: on one claim, the odd one
/// out of a contradiction or else the first, with the other outlets' claims beside it.
/// </summary>
internal sealed record Annotation(StoryReport Report, Finding Finding, Claim Primary, IReadOnlyList<Claim> Others)
{
    /// <summary>
    /// The findings a reviewer is asked to look at, in report order: those the report lists, less agreements and
    /// single findings (most of a story, needing no review) unless <c>--show</c> names their verdict.
    /// </summary>
    public static IEnumerable<Annotation> Of(StoryReport report, ReportOptions options)
    {
        foreach (var finding in Listing.Of(report, options).Findings)
        {
            if (finding.Verdict is Verdict.Agree or Verdict.Single && options.Verdicts?.Contains(finding.Verdict) != true)
                continue;
            var claims = finding.Claims;
            var primary = claims.FirstOrDefault(c => finding.Verdict == Verdict.Contradict && finding.Grounds.Dissenting.Contains(c.Position), claims[0]).Claim;
            yield return new Annotation(report, finding, primary, [.. claims.Select(c => c.Claim).Where(c => !ReferenceEquals(c, primary))]);
        }
    }

    /// <summary>The quieter of what the verdict and the rule's severity ask: a variant is never an error, nor a warning rule's contradiction.</summary>
    public AnnotationLevel Level => Of(Finding.Verdict, Finding.Severity);

    public static AnnotationLevel Of(Verdict verdict, Severity severity)
    {
        var byVerdict = verdict switch
        {
            Verdict.Internal or Verdict.Contradict => AnnotationLevel.Error,
            Verdict.Variant or Verdict.Updated => AnnotationLevel.Warning,
            _ => AnnotationLevel.Note,
        };
        return (AnnotationLevel)Math.Max((int)byVerdict, (int)Of(severity));
    }

    public static AnnotationLevel Of(Severity severity) => severity switch
    {
        Severity.Error => AnnotationLevel.Error,
        Severity.Warning => AnnotationLevel.Warning,
        _ => AnnotationLevel.Note,
    };

    public string Path(Claim claim) => TextReport.RepositoryPath(Report, claim.Evidence.Path);

    /// <summary>What one outlet says, for a related location: <c>Space Wire says "March 5" (5 March 2025)</c>.</summary>
    public static string Says(Claim claim)
    {
        var meaning = claim.Value.Describe();
        return $"{claim.Article.Outlet} says \"{claim.ValueText}\"{(meaning == claim.ValueText ? "" : $" ({meaning})")}";
    }

    /// <summary>Where the claim's value stands, columns counted in characters as the evidence counts them.</summary>
    public TextRegion Region(Claim claim) => TextRegion.Of(Report, claim, bytes: false);

    /// <summary>The same, columns counted in UTF-8 bytes (reviewdog's positions).</summary>
    public TextRegion RegionInBytes(Claim claim) => TextRegion.Of(Report, claim, bytes: true);
}

/// <summary>A claim's value in its file: 1-based lines and columns, the end exclusive.</summary>
internal readonly record struct TextRegion(int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public static TextRegion Of(StoryReport report, Claim claim, bool bytes)
    {
        var evidence = claim.Evidence;
        var article = report.Story.Articles.FirstOrDefault(a => a.Path == evidence.Path);
        if (article is null)
            return new TextRegion(evidence.Line, evidence.Column, evidence.Line, evidence.Column);
        var (endLine, endColumn) = article.Lines.Locate(evidence.Span.End);
        if (!bytes)
            return new TextRegion(evidence.Line, evidence.Column, endLine, endColumn);
        return new TextRegion(evidence.Line, ByteColumn(article.Text, evidence.Span.Start), endLine, ByteColumn(article.Text, evidence.Span.End));
    }

    private static int ByteColumn(string text, int offset)
    {
        var lineStart = offset == 0 ? 0 : text.LastIndexOf('\n', offset - 1) + 1;
        return 1 + Encoding.UTF8.GetByteCount(text.AsSpan(lineStart, offset - lineStart));
    }
}
