using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck extract PATH</c>: every claim before grouping, for rule authors.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var path = new Argument<string>("PATH") { Description = "A story folder or a corpus folder of story folders." };
        var rules = CommonOptions.Rules();
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var command = new Command("extract", "List every claim of every article with its normalised value and evidence.")
        {
            path, rules, format, output,
        };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var target = parsed.GetValue(path)!;
            var stories = FileCorpus.Read(target, errors);
            var ruleSet = FileRules.Read(FileRules.Locate(parsed.GetValue(rules), target), errors);
            if (errors.Count > 0)
                return CommonOptions.Fail(stderr, errors);
            var checker = new Checker(ruleSet);
            var reports = stories.Select(checker.Check).ToList();
            var text = parsed.GetValue(format) == "json" ? JsonReport.Extract(reports) : TextReport.Extract(reports);
            CommonOptions.Emit(stdout, parsed.GetValue(output), text);
            return ExitCodes.Clean;
        });
        return command;
    }
}
