using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// <c>consistencycheck rules [PATH]</c>: the rules in force for a story folder (by default the current one), each with
/// the file it came from; with --test, run the tests inside the rule files.
/// </summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH")
        {
            Description = "The folder whose rules to show: its project file and the nearest 'rules' folder above it apply. Default: the current folder.",
            Arity = ArgumentArity.ZeroOrOne,
            DefaultValueFactory = _ => ".",
        };
        var rules = CommonOptions.Rules();
        var noBundled = CommonOptions.NoBundledRules();
        var test = new Option<bool>("--test") { Description = "Run the tests written in the rule files." };
        var command = new Command("rules", "List the rules in force and validate them (exit 2 on errors); --test runs their tests (exit 1 on a failure).")
        {
            path, rules, noBundled, test,
        };
        command.SetAction(parsed =>
        {
            var folder = parsed.GetValue(path)!;
            if (!Directory.Exists(folder))
                return CommonOptions.Fail(stderr, [new InputError(FileCorpus.Display(folder), 1, 1, "no such folder: give the folder of a story or of a corpus")]);
            var (project, errors) = ProjectFiles.Project(folder);
            var fileRules = new FileRules(parsed.GetValue(rules) ?? [], bundled: !parsed.GetValue(noBundled));
            var (ruleSet, ruleErrors) = fileRules.For(folder, project);
            errors.AddRange(ruleErrors);
            if (errors.Count > 0)
                return CommonOptions.Fail(stderr, errors);
            if (parsed.GetValue(test))
                return Test(stdout, ruleSet);

            stdout.WriteLine("Rule layers, lowest first:");
            foreach (var (_, shown, _) in fileRules.Folders(folder, project))
                stdout.WriteLine($"  {shown}");
            stdout.WriteLine();
            foreach (var rule in ruleSet.All)
            {
                var state = ruleSet.SwitchOf(rule) is { } toggle
                    ? $" ({(toggle.Enabled ? "switched on" : "switched off")} by {toggle.File}:{toggle.Line})"
                    : ruleSet.IsEnabled(rule) ? "" : " (disabled)";
                stdout.WriteLine($"{rule.Id}  {rule.Kind}  {rule.Severity.ToString().ToLowerInvariant()}{state}  {rule.Header.File}");
                stdout.WriteLine($"    {rule.Header.Description}");
            }
            var active = ruleSet.Active.Count;
            stdout.WriteLine($"{ruleSet.All.Count} rule{(ruleSet.All.Count == 1 ? "" : "s")} valid, {active} in force");
            return ExitCodes.Clean;
        });
        return command;
    }

    private static int Test(TextWriter stdout, RuleSet ruleSet)
    {
        var results = ruleSet.All.SelectMany(RuleTestRunner.Run).ToList();
        foreach (var result in results.Where(r => !r.Passed))
            stdout.WriteLine(result.ToString());
        var failed = results.Count(r => !r.Passed);
        stdout.WriteLine($"rule tests: {results.Count - failed} passed, {failed} failed");
        return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
    }
}
