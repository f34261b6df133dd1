using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck check PATH...</c>: the consistency report, with an exit code that can fail a build.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "A story folder (one Markdown file per article) or a corpus folder of story folders.",
            Arity = ArgumentArity.OneOrMore,
        };
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format("text", "json", "markdown");
        var output = CommonOptions.Output();
        var failOn = new Option<string>("--fail-on")
        {
            Description = "Exit 1 when a finding is at or above this verdict: contradict (also internal), variant (also contradict and internal), or never.",
            DefaultValueFactory = _ => "contradict",
        };
        failOn.AcceptOnlyFromAmong("contradict", "variant", "never");
        var command = new Command("check", "Check the stories and report, for each fact, whether the outlets agree.")
        {
            paths, rules, format, output, failOn,
        };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var targets = parsed.GetValue(paths)!;
            var stories = targets.SelectMany(p => FileCorpus.Read(p, errors)).ToList();
            var ruleSet = FileRules.Read(FileRules.Locate(parsed.GetValue(rules), targets[0]), errors);
            if (errors.Count > 0)
                return CommonOptions.Fail(stderr, errors);

            var checker = new Checker(ruleSet);
            var reports = stories.Select(checker.Check).ToList();
            var target = parsed.GetValue(output);
            var text = parsed.GetValue(format) switch
            {
                "json" => JsonReport.Check(reports),
                "markdown" => MarkdownReport.Check(reports),
                _ => TextReport.Check(reports, new ReportOptions(Color: terminal && target is null)),
            };
            CommonOptions.Emit(stdout, target, text);
            return ExitCode(reports, parsed.GetValue(failOn)!, stderr);
        });
        return command;
    }

    // A build log shows the report's end at best: one line on stderr says why the run failed, and stdout stays the report.
    private static int ExitCode(IEnumerable<StoryReport> reports, string failOn, TextWriter stderr)
    {
        var failing = failOn switch
        {
            "never" => [],
            "variant" => new[] { Verdict.Contradict, Verdict.Internal, Verdict.Variant },
            _ => new[] { Verdict.Contradict, Verdict.Internal },
        };
        var counts = failing
            .Select(v => (Verdict: v, Count: reports.Sum(r => r.Findings.Count(f => f.Verdict == v))))
            .Where(c => c.Count > 0)
            .ToList();
        if (counts.Count == 0)
            return ExitCodes.Clean;
        var total = counts.Sum(c => c.Count);
        var each = string.Join(", ", counts.Select(c => $"{c.Count} {c.Verdict.Name()}"));
        stderr.WriteLine($"consistencycheck: {total} finding{(total == 1 ? "" : "s")} at or above --fail-on {failOn} ({each}); exit {ExitCodes.Findings}.");
        return ExitCodes.Findings;
    }
}
