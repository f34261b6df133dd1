using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;

namespace ConsistencyCheck.Cli.Commands;

/// <summary><c>consistencycheck diff OLD.json NEW.json</c>: what moved between two JSON reports.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var before = new Argument<string>("OLD") { Description = "The earlier JSON report ('check --format json')." };
        var after = new Argument<string>("NEW") { Description = "The later JSON report." };
        var format = CommonOptions.Format("text", "markdown", "json");
        var failOnNew = new Option<bool>("--fail-on-new") { Description = "Exit 1 when the later report has findings the earlier one has not." };
        var command = new Command("diff", "List the findings new, resolved and changed between two JSON reports.") { before, after, format, failOnNew };
        command.SetAction(parsed =>
        {
            var errors = new List<InputError>();
            var earlier = ReviewOptions.Read(parsed.GetValue(before)!, errors);
            var later = ReviewOptions.Read(parsed.GetValue(after)!, errors);
            if (earlier is null || later is null)
                return CommonOptions.Fail(stderr, errors);
            var changes = DiffReport.Between(earlier, later);
            stdout.Write(parsed.GetValue(format) switch
            {
                "json" => DiffReport.Json(changes),
                "markdown" => DiffReport.Markdown(changes),
                _ => DiffReport.Text(changes),
            });
            var added = changes.Sum(s => s.Changes.New.Count);
            if (!parsed.GetValue(failOnNew) || added == 0)
                return ExitCodes.Clean;
            stderr.WriteLine($"consistencycheck: {added} new finding{(added == 1 ? "" : "s")} since {FileCorpus.Display(parsed.GetValue(before)!)}; exit {ExitCodes.Findings}.");
            return ExitCodes.Findings;
        });
        return command;
    }
}
