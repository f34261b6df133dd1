using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck rules</c>: list and validate the rules; with --test, run the tests inside the rule files.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var rules = CommonOptions.Rules();
        var test = new Option<bool>("--test") { Description = "Run the tests written in the rule files." };
        var command = new Command("rules", "List and validate the rules (exit 2 on errors); --test runs their tests (exit 1 on a failure).")
        {
            rules, test,
        };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var folder = FileRules.Locate(parsed.GetValue(rules), ".");
            var ruleSet = FileRules.Read(folder, errors);
            if (errors.Count > 0)
                return CommonOptions.Fail(stderr, errors);
            if (!parsed.GetValue(test))
            {
                foreach (var rule in ruleSet.All)
                {
                    var state = rule.Header.Enabled ? "" : " (disabled)";
                    stdout.WriteLine($"{rule.Id}  {rule.Kind}  {rule.Severity.ToString().ToLowerInvariant()}{state}  {rule.Header.File}");
                    stdout.WriteLine($"    {rule.Header.Description}");
                }
                stdout.WriteLine($"{ruleSet.All.Count} rule{(ruleSet.All.Count == 1 ? "" : "s")} valid in {FileCorpus.Display(folder)}");
                return ExitCodes.Clean;
            }
            var results = ruleSet.All.SelectMany(RuleTestRunner.Run).ToList();
            foreach (var result in results.Where(r => !r.Passed))
                stdout.WriteLine(result.ToString());
            var failed = results.Count(r => !r.Passed);
            stdout.WriteLine($"rule tests: {results.Count - failed} passed, {failed} failed");
            return failed == 0 ? ExitCodes.Clean : ExitCodes.Findings;
        });
        return command;
    }
}
