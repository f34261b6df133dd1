using System.Globalization;
using System.Text;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The report as GitHub Actions workflow commands: an <c>::error</c>, <c>::warning</c> or <c>::notice</c> line per finding
/// a reviewer is asked to look at (<see cref="Annotation"/>), which GitHub shows on the article's line in the pull
/// request, then one <c>::notice</c> line that sums up.
/// </summary>
public static class GitHubAnnotations
{
    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var annotations = new GitHubAnnotationLines(options);
        var text = new StringBuilder();
        foreach (var report in reports)
            text.Append(annotations.Story(report));
        return text.Append(annotations.End()).ToString();
    }
}

/// <summary>
/// Writes the lines story by story. GitHub shows at most ten annotations of each level in a step and drops the rest
/// unseen, so the lines stop at ten errors, ten warnings and nine notices (the closing summary is the tenth), first
/// in report order; the summary says how many were left out and where to see them all.
/// </summary>
internal sealed class GitHubAnnotationLines(ReportOptions options)
{
    private const int Shown = 10;

    private readonly int[] _written = new int[3];
    private readonly int[] _leftOut = new int[3];

    public string Story(StoryReport report)
    {
        var lines = new StringBuilder();
        foreach (var error in report.Errors)
        {
            var properties = $"file={Property(error.File)},line={error.Line},col={error.Column},title={Property($"{report.Story.Name}: not checked")}";
            Add(lines, AnnotationLevel.Error, properties, error.Message);
        }
        foreach (var annotation in Annotation.Of(report, options))
        {
            var finding = annotation.Finding;
            var region = annotation.Region(annotation.Primary);
            var properties = new StringBuilder($"file={Property(annotation.Path(annotation.Primary))},line={region.StartLine},col={region.StartColumn}");
            if (region.EndLine == region.StartLine && region.EndColumn > region.StartColumn)
                properties.Append(CultureInfo.InvariantCulture, $",endColumn={region.EndColumn}");
            properties.Append(",title=").Append(Property($"{finding.Verdict.Name()}: {finding.Subject} [{finding.Rule.Id}]{TextReport.Change(report, finding)}"));
            var message = new StringBuilder(finding.Message());
            // One line per outlet and wording: a name spelt alike a dozen times is one line, not twelve
            foreach (var said in annotation.Others.GroupBy(Annotation.Says, StringComparer.Ordinal))
                message.Append('\n').Append(said.Key).Append(" at ").AppendJoin(", ", Places(report, said));
            message.Append("\nid: ").Append(finding.Id);
            Add(lines, annotation.Level, properties.ToString(), message.ToString());
        }
        return lines.ToString();
    }

    /// <summary>Each claim's path:line:column, the path left out when it is the one before's: "a.md:3:1, 9:14".</summary>
    private static IEnumerable<string> Places(StoryReport report, IEnumerable<Claim> claims)
    {
        string? previous = null;
        foreach (var claim in claims)
        {
            var path = claim.Evidence.Path;
            yield return path == previous ? $"{claim.Evidence.Line}:{claim.Evidence.Column}" : TextReport.Location(report, claim);
            previous = path;
        }
    }

    /// <summary>The summary line, always written, so a run with nothing to annotate says so too.</summary>
    public string End()
    {
        var written = _written.Sum();
        var leftOut = _leftOut.Sum();
        var summary = new StringBuilder($"consistencycheck: {TextReport.Count(written, "annotation")} ({Counts(_written)})");
        if (leftOut == 0)
            summary.Append(", none left out.");
        else
        {
            summary.Append(CultureInfo.InvariantCulture, $"; {leftOut} more left out ({Counts(_leftOut)}), as GitHub shows {Shown} of each level in a step. ")
                .Append("All of them: --format text, or upload --format sarif to code scanning.");
        }
        return $"::notice::{Data(summary.ToString())}\n";
    }

    private void Add(StringBuilder lines, AnnotationLevel level, string properties, string message)
    {
        var index = (int)level;
        var room = level == AnnotationLevel.Note ? Shown - 1 : Shown;
        if (_written[index] >= room)
        {
            _leftOut[index]++;
            return;
        }
        _written[index]++;
        lines.Append("::").Append(Command(level)).Append(' ').Append(properties).Append("::").Append(Data(message)).Append('\n');
    }

    private static string Counts(int[] counts) =>
        $"{TextReport.Count(counts[0], "error")}, {TextReport.Count(counts[1], "warning")}, {TextReport.Count(counts[2], "notice")}";

    private static string Command(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Error => "error",
        AnnotationLevel.Warning => "warning",
        _ => "notice",
    };

    /// <summary>
    /// A command's message, escaped as the runner unescapes it (actions/toolkit's escapeData); another control
    /// character is shown as an escape, as in a terminal, so that it cannot colour or forge the log.
    /// </summary>
    internal static string Data(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            escaped.Append(c switch
            {
                '%' => "%25",
                '\r' => "%0D",
                '\n' => "%0A",
                _ when char.IsControl(c) => Visible.Text(c.ToString()),
                _ => c.ToString(),
            });
        }
        return escaped.ToString();
    }

    /// <summary>A property's value: as a message, and ':' and ',' too, which end a value (escapeProperty).</summary>
    internal static string Property(string text) =>
        Data(text).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
