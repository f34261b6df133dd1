using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck check PATH...</c>: the consistency report, with an exit code that can fail a build.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var stories = CommonOptions.StoryOptions.Create();
        var format = CommonOptions.Format("text", "json", "markdown", "html", "sarif", "github", "rdjsonl");
        var output = CommonOptions.Output();
        var failOn = new Option<string?>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this verdict: contradict (also internal), variant (also contradict and internal), "
                + "or never. Default: the project file's 'fail-on', else contradict.",
        };
        failOn.AcceptOnlyFromAmong(ProjectFile.FailOnChoices);
        var shard = new Option<string?>("--shard")
        {
            Description = "i/n: check only every n-th story, starting with the i-th in name order, so that n CI jobs share a corpus (e.g. 2/4).",
        };
        shard.Validators.Add(result =>
        {
            if (Shard.Parse(result.GetValueOrDefault<string?>()) is null)
                result.AddError("--shard takes i/n with 1 ≤ i ≤ n, e.g. 2/4");
        });
        var linkBase = new Option<string?>("--link-base")
        {
            Description = "Markdown: link each claim to its line under this address, e.g. https://github.com/ORG/REPO/blob/COMMIT "
                + "(the file's path and ?plain=1#L<line> are added), or a template with {path} and {line}.",
        };
        var maxChars = new Option<int>("--max-chars")
        {
            Description = $"Markdown: write at most this many characters, ending with what was left out; 0 for no limit. Default: {MarkdownReport.CommentLimit}, below a GitHub comment's 65,536.",
            DefaultValueFactory = _ => MarkdownReport.CommentLimit,
        };
        CommonOptions.WholeNumber(maxChars, n => n is 0 or >= 2_000, "--max-chars takes 0 (no limit) or a whole number of at least 2000 characters");
        var review = ReviewOptions.Create();
        var against = DraftCheck.Against();
        var command = new Command("check", "Check the stories and report, for each fact, whether the outlets agree.") { format, output, failOn, shard, against, linkBase, maxChars };
        stories.AddTo(command);
        review.AddTo(command);
        command.SetAction(parsed =>
        {
            if (MarkdownOnly(parsed, [linkBase, maxChars], parsed.GetValue(format)!, parsed.GetValue(against) is { Length: > 0 }) is { } misplaced)
                return CommonOptions.Usage(stderr, misplaced);
            LineLink? links = null;
            if (parsed.GetValue(linkBase) is { } address && (links = LineLink.Parse(address, out var wrong)) is null)
                return CommonOptions.Usage(stderr, $"--link-base '{Visible.Text(address)}': {wrong}");
            var here = Directory.GetCurrentDirectory();
            links = links?.Within(RepositoryOf(Path.GetFullPath(parsed.GetValue(stories.Paths)![0])), here);
            if (parsed.GetValue(against) is { Length: > 0 } sources)
                return DraftCheck.Run(parsed, stories, sources, parsed.GetValue(format)!, parsed.GetValue(failOn), project => review.Level(parsed, project), parsed.GetValue(shard) is not null, output, stdout, stderr, terminal);
            var (plans, exit) = stories.Plan(parsed, parsed.GetValue(failOn), stderr, output, Shard.Parse(parsed.GetValue(shard)));
            if (plans is null)
                return exit;
            var baselineErrors = new List<InputError>();
            var baseline = review.ReadBaseline(parsed, baselineErrors);
            if (baselineErrors.Count > 0)
                return CommonOptions.Fail(stderr, baselineErrors);
            var target = parsed.GetValue(output);
            var options = new ReportOptions(Color: terminal && target is null) { Verdicts = review.Verdicts(parsed), LinkBase = links, CharacterLimit = parsed.GetValue(maxChars) };
            var into = target is null ? stdout : new StringWriter();
            var report = parsed.GetValue(format) switch
            {
                "json" => new ReportStream(into, json: true, r => JsonReport.CheckStory(r, options)),
                "markdown" => MarkdownStream(into, options),
                "html" => HtmlStream(into, plans, options),
                "sarif" => SarifStream(into, options),
                "github" => GitHubStream(into, options),
                "rdjsonl" => new ReportStream(into, json: false, r => ReviewdogReport.Story(r, options), between: ""),
                _ => new ReportStream(into, json: false, r => TextReport.Check([r], options)),
            };
            var failing = new List<(Verdict Verdict, string FailOn, Severity Level)>();
            foreach (var (story, checkedReport) in stories.Check(parsed, plans, stderr))
            {
                var reviewed = Review(story, checkedReport, baseline, stderr);
                report.Add(story, reviewed);
                var level = review.Level(parsed, story.FailLevel);
                failing.AddRange(reviewed.Findings
                    .Where(f => Failing(story.FailOn).Contains(f.Verdict) && f.Rule.Severity <= level && reviewed.Review?.IsOpen(f) != false)
                    .Select(f => (f.Verdict, story.FailOn, level)));
            }
            var written = report.Finish();
            if (written && target is not null)
                ReportFile.Write(target, into.ToString()!);
            return CommonOptions.Unchecked(stderr, report.NotChecked, plans.Count, written) ?? ExitCode(failing, stderr);
        });
        return command;
    }

    /// <summary>The report read against the story's accepted findings and the baseline; stale acceptances are warned of.</summary>
    private static StoryReport Review(PreparedStory story, StoryReport report, SavedReport? baseline, TextWriter stderr)
    {
        if (!report.Checked || (story.Accepted is null && baseline is null))
            return report;
        var reviewed = report.With(StoryReview.Of(report, story.Accepted, baseline?.Story(report.Story.Name), baseline is not null));
        foreach (var stale in reviewed.Review!.Stale)
            stderr.WriteLine($"{Visible.Text(stale.File)}:{stale.Line}:{stale.Column}: warning: accepted finding '{Visible.Text(stale.Id)}' matches no finding now: remove it, or accept the finding's new id");
        return reviewed;
    }

    /// <summary>Why an option given is not used by the report asked for; null when every one is.</summary>
    private static string? MarkdownOnly(ParseResult parsed, Option[] options, string format, bool draft)
    {
        foreach (var option in options)
        {
            if (parsed.GetResult(option) is not { Implicit: false })
                continue;
            if (draft)
                return $"{option.Name} shapes the story report's Markdown, not a draft's check against its sources: leave it out";
            if (format != "markdown")
                return $"{option.Name} shapes the Markdown report, and --format is {format}: add --format markdown, or leave {option.Name} out";
        }
        return null;
    }

    private static ReportStream MarkdownStream(TextWriter into, ReportOptions options)
    {
        var comment = new MarkdownComment(options);
        return new ReportStream(into, json: false, comment.Story, between: "", foot: comment.End);
    }

    /// <summary>
    /// The git repository the articles are in (the nearest folder with a .git folder or file at or above the first
    /// PATH), else the folder the run started in: links name files by their place in the repository.
    /// </summary>
    private static string RepositoryOf(string path)
    {
        for (var dir = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path).Directory; dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
                return dir.FullName;
        }
        return Directory.GetCurrentDirectory();
    }

    /// <summary>The log is one document whose rules are known only once every story is in.</summary>
    private static ReportStream SarifStream(TextWriter into, ReportOptions options)
    {
        var log = new SarifLog(options);
        return new ReportStream(into, json: false, log.Story, between: "", foot: log.End);
    }

    /// <summary>The lines stream as stories are checked; the last one sums up what GitHub's cap on annotations left out.</summary>
    private static ReportStream GitHubStream(TextWriter into, ReportOptions options)
    {
        var lines = new GitHubAnnotationLines(options);
        return new ReportStream(into, json: false, lines.Story, between: "", foot: lines.End);
    }

    /// <summary>The page is one document: its index names every story before the first is checked.</summary>
    private static ReportStream HtmlStream(TextWriter into, List<StoryPlan> plans, ReportOptions options)
    {
        var number = 0;
        return new ReportStream(into, json: false, r => HtmlReport.Story(r, ++number, options), between: "",
            head: HtmlReport.Start([.. plans.Select(p => p.Source.Name)]), foot: HtmlReport.End);
    }

    // A build log shows the report's end at best: one line on stderr says why the run failed, and stdout stays the report.
    private static int ExitCode(List<(Verdict Verdict, string FailOn, Severity Level)> failing, TextWriter stderr)
    {
        var counts = failing
            .GroupBy(f => f.Verdict)
            .OrderBy(g => g.Key)
            .Select(g => (Verdict: g.Key, Count: g.Count(), Levels: g.Select(f => f.FailOn).Distinct().Order(StringComparer.Ordinal).ToList()))
            .ToList();
        if (counts.Count == 0)
            return ExitCodes.Clean;
        var total = counts.Sum(c => c.Count);
        var each = string.Join(", ", counts.Select(c => $"{c.Count} {c.Verdict.Name()}"));
        var levels = string.Join(" or ", counts.SelectMany(c => c.Levels).Distinct().Order(StringComparer.Ordinal));
        // The default level goes unsaid; another one, from the option or a project file, is how a warning rule failed the build
        var severities = failing.Select(f => f.Level).Where(l => l != Severity.Error).Distinct().Order().Select(l => l.ToString().ToLowerInvariant()).ToList();
        var from = severities.Count == 0 ? "" : $" from rules at or above --fail-level {string.Join(" or ", severities)}";
        stderr.WriteLine($"consistencycheck: {total} finding{(total == 1 ? "" : "s")} at or above --fail-on {levels}{from} ({each}); exit {ExitCodes.Findings}.");
        return ExitCodes.Findings;
    }

    private static Verdict[] Failing(string failOn) => failOn switch
    {
        "never" => [],
        "variant" => [Verdict.Contradict, Verdict.Internal, Verdict.Variant],
        _ => [Verdict.Contradict, Verdict.Internal],
    };

    /// <summary>The part of a corpus one of n CI jobs checks: every n-th story in name order, from the i-th.</summary>
    internal readonly record struct Shard(int Index, int Count)
    {
        public static Shard? Parse(string? text)
        {
            if (text is null)
                return new Shard(1, 1);
            var slash = text.IndexOf('/', StringComparison.Ordinal);
            return slash > 0
                && int.TryParse(text.AsSpan(0, slash), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i)
                && int.TryParse(text.AsSpan(slash + 1), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n)
                && n >= 1 && i >= 1 && i <= n ? new Shard(i, n) : null;
        }

        public bool Takes(int position) => position % Count == Index - 1;
    }
}
