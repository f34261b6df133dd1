using System.CommandLine;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>The options and error output that several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules() => new("--rules")
    {
        Description = "Folder of rule files (*.yml). Default: the nearest 'rules' folder above PATH, else the rules bundled with the tool.",
    };

    public static Option<string> Format(params string[] formats)
    {
        var option = new Option<string>("--format")
        {
            Description = $"Report format: {string.Join(", ", formats)}.",
            DefaultValueFactory = _ => formats[0],
        };
        option.AcceptOnlyFromAmong(formats);
        return option;
    }

    public static Option<string?> Output() => new("--output")
    {
        Description = "Write the report to this file (atomically) instead of standard output.",
    };

    public static int Fail(TextWriter stderr, List<InputError> errors)
    {
        foreach (var error in errors)
            stderr.WriteLine(error.ToString());
        stderr.WriteLine($"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; no report written.");
        return ExitCodes.BadInput;
    }

    public static void Emit(TextWriter stdout, string? output, string report)
    {
        if (output is null)
            stdout.Write(report);
        else
            ReportFile.Write(output, report);
    }
}
