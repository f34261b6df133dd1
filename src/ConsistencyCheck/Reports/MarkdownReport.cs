using ConsistencyCheck.Corpus;
using System.Text;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>The pull-request report: a summary table, then findings grouped by verdict with each claim's outlet, quote and file:line.</summary>
public static class MarkdownReport
{
    public static string Check(IReadOnlyList<StoryReport> reports) => Check(reports, default);

    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var md = new StringBuilder();
        foreach (var report in reports)
        {
            if (md.Length > 0)
                md.Append('\n');
            md.Append($"# Consistency report: {Escape(report.Story.Name)}\n\n");
            if (!report.Checked)
            {
                md.Append($"**Not checked**: {report.Errors.Count} error{(report.Errors.Count == 1 ? "" : "s")} in its input.\n\n");
                foreach (var error in report.Errors)
                    md.Append($"- `{Visible.Code(error.ToString())}`\n");
                continue;
            }
            md.Append($"{report.Story.Articles.Count} articles, {report.Claims.Count} claims, {report.Findings.Count} findings.\n\n");
            md.Append($"Seen {report.Coverage}: {report.Coverage.Unchecked} not checked by any rule.\n\n");
            foreach (var latest in report.Findings.Select(f => f.Latest()).OfType<string>())
                md.Append($"- Latest {Escape(latest)}\n");
            if (report.Findings.Any(f => f.Latest() is not null))
                md.Append('\n');
            md.Append("| verdict | findings |\n|---|---:|\n");
            foreach (var verdict in Enum.GetValues<Verdict>())
                md.Append($"| {verdict.Name()} | {report.Count(verdict)} |\n");
            var listing = Listing.Of(report, options);
            var review = TextReport.ReviewLines(report, listing).ToList();
            if (review.Count > 0)
                md.Append('\n');
            foreach (var line in review)
                md.Append("- ").Append(Escape(line)).Append('\n');
            foreach (var verdict in Enum.GetValues<Verdict>())
            {
                var findings = listing.Findings.Where(f => f.Verdict == verdict).ToList();
                if (findings.Count == 0)
                    continue;
                md.Append($"\n## {verdict.Name()}\n");
                if (verdict == Verdict.Single)
                {
                    // Unconfirmed facts are many and need no reasoning: one table, a row per claim
                    md.Append("\nOnly one outlet gives each of these (unconfirmed).\n\n| subject | rule | outlet | says | means | where |\n|---|---|---|---|---|---|\n");
                    foreach (var finding in findings)
                    {
                        foreach (var (claim, _) in finding.Claims)
                            md.Append($"| {Escape(finding.Subject)} | `{finding.Rule.Id}` | {Escape(claim.Article.Outlet)} | \"{Escape(claim.MatchedText)}\" | {Escape(claim.Value.Describe())} | `{Visible.Code(TextReport.Location(report, claim))}` |\n");
                    }
                    continue;
                }
                foreach (var finding in findings)
                {
                    md.Append($"\n### {Escape(finding.Subject)}\n\n");
                    md.Append($"{Escape(finding.Message())}\n\n");
                    md.Append($"Rule `{finding.Rule.Id}`, severity {finding.Severity.ToString().ToLowerInvariant()}, id `{Visible.Code(finding.Id)}`{Escape(TextReport.Change(report, finding))}.\n\n");
                    md.Append("| # | outlet | says | means | where |\n|---:|---|---|---|---|\n");
                    foreach (var (claim, position) in finding.Claims)
                    {
                        md.Append($"| {position} | {Escape(claim.Article.Outlet)} | \"{Escape(claim.MatchedText)}\" | {Escape(claim.Value.Describe())} | `{Visible.Code(TextReport.Location(report, claim))}` |\n");
                    }
                }
            }
            if (report.NotCompared.Count > 0)
            {
                md.Append("\n## not compared\n\n");
                foreach (var note in report.NotCompared)
                    md.Append($"- `{Visible.Code(TextReport.Location(report, note.Claim))}` \"{Escape(note.Claim.MatchedText)}\": {Escape(note.Reason)}\n");
            }
        }
        return md.ToString();
    }

    private static string Escape(string text) => Visible.Markdown(text);
}
