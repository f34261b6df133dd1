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
            return Fails(reports, parsed.GetValue(failOn)!) ? ExitCodes.Findings : ExitCodes.Clean;
        });
        return command;
    }

    private static bool Fails(IEnumerable<StoryReport> reports, string failOn)
    {
        var failing = failOn switch
        {
            "never" => [],
            "variant" => new[] { Verdict.Internal, Verdict.Contradict, Verdict.Variant },
            _ => new[] { Verdict.Internal, Verdict.Contradict },
        };
        return reports.Any(r => r.Findings.Any(f => failing.Contains(f.Verdict)));
    }
}
