using System.CommandLine;
using ConsistencyCheck.Reports;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck extract PATH...</c>: every claim before grouping, for rule authors.</summary>
internal static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var stories = CommonOptions.StoryOptions.Create();
        var format = CommonOptions.Format("text", "json");
        var output = CommonOptions.Output();
        var coverage = new Option<bool>("--coverage") { Description = "Also list every date and figure the recognisers saw that no rule checks, with its sentence." };
        var command = new Command("extract", "List every claim of every article with its normalised value and evidence.") { format, output, coverage };
        stories.AddTo(command);
        command.SetAction(parsed =>
        {
            var (prepared, exit) = stories.ReadForReport(parsed, failOn: null, stderr, output);
            if (prepared is null)
                return exit;
            var reports = stories.Check(parsed, prepared);
            var listed = parsed.GetValue(coverage);
            var text = parsed.GetValue(format) == "json" ? JsonReport.Extract(reports, listed) : TextReport.Extract(reports, listed);
            CommonOptions.Emit(stdout, parsed.GetValue(output), text);
            return CommonOptions.Unchecked(stderr, prepared) ?? ExitCodes.Clean;
        });
        return command;
    }
}
