using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>The terminal report: findings most urgent first, each claim as path:line:column so terminals can open it.</summary>
public static class TextReport
{
    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            if (text.Length > 0)
                text.Append('\n');
            var story = report.Story;
            if (!report.Checked)
            {
                text.Append($"{Bold("Story " + Visible.Text(story.Name), options)}: not checked, {Count(report.Errors.Count, "error")} in its input\n");
                foreach (var error in report.Errors)
                    text.Append("  ").Append(Visible.Text(error.ToString())).Append('\n');
                continue;
            }
            text.Append($"{Bold("Story " + Visible.Text(story.Name), options)}: {Count(story.Articles.Count, "article")}, {Count(report.Claims.Count, "claim")}, {Count(report.Findings.Count, "finding")}\n");
            text.Append("  ").Append(string.Join(" · ", Enum.GetValues<Verdict>().Select(v => $"{v.Name()} {report.Count(v)}"))).Append('\n');
            text.Append($"  seen {report.Coverage}: {report.Coverage.Unchecked} not checked by any rule ('extract --coverage' lists them)\n");
            foreach (var latest in report.Findings.Select(f => f.Latest()).OfType<string>())
                text.Append("  latest: ").Append(Visible.Text(latest)).Append('\n');
            var listing = Listing.Of(report, options);
            foreach (var line in ReviewLines(report, listing))
                text.Append("  ").Append(line).Append('\n');
            var previous = (Verdict?)null;
            foreach (var finding in listing.Findings)
            {
                if (finding.Verdict == Verdict.Single)
                {
                    // Unconfirmed facts are many and need no reasoning: one line per claim, one block for them all
                    if (previous != Verdict.Single)
                        text.Append('\n');
                    previous = Verdict.Single;
                    foreach (var (claim, _) in finding.Claims)
                    {
                        text.Append(Paint("SINGLE", Verdict.Single, options)).Append($"  {Visible.Text(finding.Subject)}  [{finding.Rule.Id}]  {Visible.Text(claim.Article.Outlet)}: ")
                            .Append($"\"{Visible.Text(claim.ValueText)}\" = {Visible.Text(claim.Value.Describe())}  {Location(report, claim)}\n");
                    }
                    continue;
                }
                previous = finding.Verdict;
                text.Append('\n');
                text.Append(Paint(finding.Verdict.Name().ToUpperInvariant(), finding.Verdict, options))
                    .Append($"  {Visible.Text(finding.Subject)}  [{finding.Rule.Id}, {finding.Severity.ToString().ToLowerInvariant()}]  {Visible.Text(finding.Id)}{Change(report, finding)}\n");
                text.Append("  ").Append(Visible.Text(finding.Message())).Append('\n');
                foreach (var (claim, position) in finding.Claims)
                {
                    text.Append($"    {position}. {Visible.Text(claim.Article.Outlet)}: \"{Visible.Text(claim.ValueText)}\" = {Visible.Text(claim.Value.Describe())}\n");
                    text.Append($"       {Location(report, claim)}  {Visible.Text(claim.Value.Resolution)}\n");
                }
            }
            if (report.NotCompared.Count > 0)
            {
                text.Append("\nNot compared:\n");
                foreach (var note in report.NotCompared)
                    text.Append($"  {Location(report, note.Claim)}  \"{Visible.Text(note.Claim.ValueText)}\": {Visible.Text(note.Reason)}\n");
            }
        }
        return text.ToString();
    }

    public static string Extract(IReadOnlyList<StoryReport> reports, bool coverage = false)
    {
        var text = new StringBuilder();
        foreach (var report in reports)
        {
            if (!report.Checked)
            {
                text.Append($"Story {Visible.Text(report.Story.Name)}: not checked, {Count(report.Errors.Count, "error")} in its input\n");
                foreach (var error in report.Errors)
                    text.Append("  ").Append(Visible.Text(error.ToString())).Append('\n');
                continue;
            }
            text.Append($"Story {Visible.Text(report.Story.Name)}: {Count(report.Claims.Count, "claim")}\n");
            foreach (var article in report.Story.Articles.Where(a => a.FrontMatter.Extra.Count > 0))
            {
                var keys = Visible.Text(string.Join(", ", article.FrontMatter.Extra.Select(e => e.Key)));
                text.Append($"  {Path(report, article.Path)}: front-matter keys kept but not used: {keys}\n");
            }
            foreach (var claim in report.Claims)
            {
                var subject = claim.Subject is null ? "(no subject: not compared)" : claim.Place is null ? claim.Subject : $"{claim.Subject} in {claim.Place}";
                text.Append($"  {Location(report, claim)}  {claim.RuleId}  {Visible.Text(subject)}  \"{Visible.Text(claim.ValueText)}\" = {Visible.Text(claim.Value.Describe())}\n");
            }
            if (coverage)
            {
                text.Append($"Seen but not checked by any rule ({report.Coverage.Unchecked} of {report.Seen.Count}; {report.Coverage}):\n");
                foreach (var item in report.Seen.Where(s => !s.Checked))
                {
                    text.Append($"  {Path(report, item.Article.Path)}:{item.Line}:{item.Column}  {item.Kind.ToString().ToLowerInvariant()}  \"{Visible.Text(item.Text)}\"\n");
                    text.Append($"      {Visible.Text(item.Sentence)}\n");
                }
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// What the reader is not shown and why, and what moved since the baseline: lines without indent or end, which the
    /// Markdown report writes as a list.
    /// </summary>
    internal static IEnumerable<string> ReviewLines(StoryReport report, Listing listing)
    {
        if (listing.NotListed > 0)
            yield return $"{Count(listing.NotListed, "finding")} not listed: {listing.Reasons()}";
        if (report.Review is not { } review)
            yield break;
        foreach (var stale in review.Stale)
            yield return $"stale in {AcceptedFinding.FileName}: {Visible.Text(stale.Id)} matches no finding (line {stale.Line}): remove it";
        if (review.Baseline is { } baseline)
        {
            yield return $"since the baseline: {baseline.New.Count} new, {baseline.Changed.Count} changed, {baseline.Unchanged} unchanged, {baseline.Resolved.Count} resolved";
            foreach (var gone in baseline.Resolved)
                yield return $"resolved: {gone.Verdict.Name()}  {Visible.Text(gone.Subject)}  [{Visible.Text(gone.Rule)}]  {Visible.Text(gone.Id)}";
        }
    }

    /// <summary>" (new)" or " (changed: was variant, warning)" against a baseline; "" without one.</summary>
    internal static string Change(StoryReport report, Finding finding) =>
        Listing.Change(report, finding) switch
        {
            "new" => " (new)",
            "changed" when report.Review!.Baseline!.ChangeOf(finding.Id) is { Before: var was } => $" (changed: was {was.Verdict.Name()}, {was.SeverityName})",
            _ => "",
        };

    internal static string Location(StoryReport report, Claim claim)
    {
        return $"{Path(report, claim.Evidence.Path)}:{claim.Evidence.Line}:{claim.Evidence.Column}";
    }

    private static string Path(StoryReport report, string path) => Visible.Text(RepositoryPath(report, path));

    /// <summary>An article's path as the run was given it: relative to where the check ran, with forward slashes.</summary>
    internal static string RepositoryPath(StoryReport report, string path) =>
        report.Story.Root is "" or "." ? path : $"{report.Story.Root.TrimEnd('/')}/{path}";

    private static string Bold(string text, ReportOptions options) => options.Color ? $"\u001b[1m{text}\u001b[0m" : text;

    private static string Paint(string text, Verdict verdict, ReportOptions options)
    {
        if (!options.Color)
            return text;
        var code = verdict switch
        {
            Verdict.Contradict or Verdict.Internal => "31",
            Verdict.Variant => "33",
            Verdict.Compatible or Verdict.Agree => "32",
            Verdict.Updated => "35",
            _ => "36",
        };
        return $"\u001b[{code};1m{text}\u001b[0m";
    }

    internal static string Count(int n, string noun) => Count(n, noun, noun + "s");

    internal static string Count(int n, string noun, string nouns) => $"{n} {(n == 1 ? noun : nouns)}";
}
