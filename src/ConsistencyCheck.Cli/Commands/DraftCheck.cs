using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>consistencycheck check DRAFT.md --against SOURCE...</c>: the pre-publication check. The draft and its sources
/// (article files, or folders of them) are checked as one story, and the report speaks only of the draft's claims.
/// </summary>
internal static class DraftCheck
{
    public static readonly string[] Formats = ["text", "markdown", "json"];

    public static Option<string[]> Against() => new("--against")
    {
        Description = "Check the one PATH as a draft against these sources (article files or folders of articles): "
            + "each claim of the draft is reported as confirmed, compatible, contradicted, updated since or unconfirmed. "
            + "Exit 1 when a source contradicts the draft (see --fail-on).",
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = true,
    };

    public static int Run(ParseResult parsed, CommonOptions.StoryOptions stories, string[] sources, string format, string? failOn, Func<string?, Severity> failLevel, bool sharded,
        Option<string?> output, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        if (sharded)
            return CommonOptions.Usage(stderr, "--shard shares a corpus between CI jobs and does not apply to a draft checked --against its sources: leave it out");
        if (!Formats.Contains(format, StringComparer.Ordinal))
            return CommonOptions.Usage(stderr, $"--format {format} does not apply to a draft checked --against its sources: use {string.Join(", ", Formats)}");
        var paths = parsed.GetValue(stories.Paths)!;
        if (paths.Length != 1)
            return CommonOptions.Usage(stderr, $"--against checks one draft, but {paths.Length} PATHs were given: put the draft alone before --against and the sources after it");
        var (plans, exit) = Plan(paths[0], sources, parsed, stories, failOn, output, stderr);
        if (plans is null)
            return exit;
        var (story, report) = stories.Check(parsed, plans, stderr).Single();
        if (!report.Checked)
            return CommonOptions.Unchecked(stderr, [story], 1, reported: false)!.Value;
        var review = DraftReview.Of(report, story.Rules, FileCorpus.Display(paths[0]));
        var text = format switch
        {
            "json" => DraftReport.Json(review),
            "markdown" => DraftReport.Markdown(review),
            _ => DraftReport.Text(review, new ReportOptions(Color: terminal && parsed.GetValue(output) is null)),
        };
        if (parsed.GetValue(output) is { } target)
            ReportFile.Write(target, text);
        else
            stdout.Write(text);
        return ExitCode(review, story.FailOn, failLevel(story.FailLevel), stderr);
    }

    private static int ExitCode(DraftReview review, string failOn, Severity level, TextWriter stderr)
    {
        DraftStatus[] failing = failOn switch
        {
            "never" => [],
            "variant" => [DraftStatus.Contradicted, DraftStatus.Variant],
            _ => [DraftStatus.Contradicted],
        };
        var counts = failing.Select(s => (Status: s, Count: review.Claims.Count(c => c.Status == s && c.Finding?.Severity <= level))).Where(c => c.Count > 0).ToList();
        if (counts.Count == 0)
            return ExitCodes.Clean;
        var total = counts.Sum(c => c.Count);
        var from = level == Severity.Error ? "" : $"from rules at or above --fail-level {level.ToString().ToLowerInvariant()} ";
        stderr.WriteLine($"consistencycheck: {total} claim{(total == 1 ? "" : "s")} of the draft at or above --fail-on {failOn} {from}"
            + $"({string.Join(", ", counts.Select(c => $"{c.Count} {c.Status.Name()}"))}); exit {ExitCodes.Findings}.");
        return ExitCodes.Findings;
    }

    /// <summary>
    /// The one story of the draft and its sources, its settings looked up from the draft's folder; null with the exit
    /// code when the draft or a source is wrong.
    /// </summary>
    private static (List<StoryPlan>? Plans, int Exit) Plan(string draft, string[] sources, ParseResult parsed, CommonOptions.StoryOptions stories,
        string? failOn, Option<string?> output, TextWriter stderr)
    {
        var errors = new List<InputError>();
        var shown = FileCorpus.Display(draft);
        if (Directory.Exists(draft))
            errors.Add(new InputError(shown, 1, 1, "is a folder: the draft is one article file (*.md); give its sources after --against"));
        else if (!File.Exists(draft))
            errors.Add(new InputError(shown, 1, 1, "no such file: give the draft article (*.md) before --against"));
        else if (!draft.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            errors.Add(new InputError(shown, 1, 1, "not a Markdown article: the draft is one article file (*.md)"));
        var full = Path.GetFullPath(draft);
        var files = new List<(string Full, string Shown)> { (full, shown) };
        foreach (var source in FileCorpus.Find(sources, errors))
        {
            foreach (var file in source.Files)
            {
                var name = source.IsFolder ? FileCorpus.Join(source.Root, file.Shown) : file.Shown;
                if (file.Full == full)
                    errors.Add(new InputError(name, 1, 1, "is the draft: a draft cannot confirm itself; give only the other articles after --against"));
                else if (!files.Any(f => f.Full == file.Full))
                    files.Add((file.Full, name));
            }
        }
        if (errors.Count > 0)
            return (null, CommonOptions.Fail(stderr, errors));
        var folder = Path.GetDirectoryName(full)!;
        var story = new StorySource(Path.GetFileName(folder), "", folder, files, IsFolder: false);
        if (parsed.GetValue(output) is { } target && ReportFile.Refuse(target, [story]) is { } refused)
            return (null, CommonOptions.Fail(stderr, [refused]));
        var rules = new FileRules(parsed.GetValue(stories.Rules) ?? [], bundled: !parsed.GetValue(stories.NoBundled));
        var limits = new ArticleLimits(parsed.GetValue(stories.MaxKilobytes) * 1024L, parsed.GetValue(stories.MaxLineLength));
        // The draft is checked even where the project file ignores drafts: naming it is asking for it
        var plans = StoryPlan.Make([story], rules, failOn, limits)
            .Select(p => p.Files.Any(f => f.Full == full) ? p : p with { Files = [files[0], .. p.Files] })
            .ToList();
        if (plans.Count == 0 || plans[0].Files.Count < 2)
            return (null, CommonOptions.Fail(stderr, [new InputError(FileCorpus.Display(sources[0]), 1, 1, "every source here is ignored by the project file's 'ignore' patterns: nothing to check the draft against")]));
        return (plans, ExitCodes.Clean);
    }
}
