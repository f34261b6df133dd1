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
            var (plans, exit) = stories.Plan(parsed, failOn: null, stderr, output);
            if (plans is null)
                return exit;
            var listed = parsed.GetValue(coverage);
            var target = parsed.GetValue(output);
            var into = target is null ? stdout : new StringWriter();
            var report = parsed.GetValue(format) == "json"
                ? new ReportStream(into, json: true, r => JsonReport.ExtractStory(r, listed))
                : new ReportStream(into, json: false, r => TextReport.Extract([r], listed), between: "");
            foreach (var (story, checkedReport) in stories.Check(parsed, plans, stderr))
                report.Add(story, checkedReport);
            var written = report.Finish();
            if (written && target is not null)
                ReportFile.Write(target, into.ToString()!);
            return CommonOptions.Unchecked(stderr, report.NotChecked, plans.Count, written) ?? ExitCodes.Clean;
        });
        return command;
    }
}
