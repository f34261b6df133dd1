using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// The options of <c>check</c> that say what a reviewer wants to see and what fails the run: the rule severity that
/// counts, the verdicts to list and the report to compare with.
/// </summary>
internal sealed record ReviewOptions(Option<string?> FailLevel, Option<string?> MinVerdict, Option<string[]> Show, Option<string?> Baseline)
{
    private static readonly string[] VerdictNames = [.. Enum.GetValues<Verdict>().Select(v => v.Name())];

    public static ReviewOptions Create()
    {
        var failLevel = new Option<string?>("--fail-level")
        {
            Description = "Only findings of rules of this severity or above fail the run: error, warning or info. Default: the project file's 'fail-level', else error.",
        };
        failLevel.AcceptOnlyFromAmong(ProjectFile.FailLevelChoices);
        var minVerdict = new Option<string?>("--min-verdict")
        {
            Description = $"List only findings at or above this verdict, in the order {string.Join(", ", VerdictNames)}. The summary still counts every finding.",
        };
        minVerdict.AcceptOnlyFromAmong(VerdictNames);
        var show = new Option<string[]>("--show")
        {
            Description = "List only findings of these verdicts (repeatable, or comma-separated: --show contradict,variant). The summary still counts every finding.",
            Arity = ArgumentArity.OneOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        show.Validators.Add(result =>
        {
            if (!Words(result.GetValueOrDefault<string[]>() ?? []).Any())
                result.AddError($"--show takes one or more verdicts: {string.Join(", ", VerdictNames)}");
            foreach (var word in Words(result.GetValueOrDefault<string[]>() ?? []))
            {
                if (!VerdictNames.Contains(word, StringComparer.Ordinal))
                    result.AddError($"--show takes verdicts ({string.Join(", ", VerdictNames)}): '{word}' is none of them");
            }
        });
        var baseline = new Option<string?>("--baseline")
        {
            Description = "A JSON report written earlier ('check --format json'): list only the findings new or changed since, and those resolved; only new and changed findings fail the run.",
        };
        return new ReviewOptions(failLevel, minVerdict, show, baseline);
    }

    public void AddTo(Command command)
    {
        command.Add(FailLevel);
        command.Add(MinVerdict);
        command.Add(Show);
        command.Add(Baseline);
    }

    /// <summary>
    /// The verdicts to list; null when neither option is given. A filter that names every verdict is kept: it asks
    /// for the findings some formats only count unless asked (singles, agreements).
    /// </summary>
    public IReadOnlySet<Verdict>? Verdicts(ParseResult parsed)
    {
        if (parsed.GetResult(MinVerdict) is null && parsed.GetResult(Show) is null)
            return null;
        var shown = new HashSet<Verdict>(Enum.GetValues<Verdict>());
        if (parsed.GetValue(MinVerdict) is { } least)
        {
            var bound = Named(least);
            shown.RemoveWhere(v => v > bound);
        }
        if (parsed.GetValue(Show) is { Length: > 0 } words)
            shown.IntersectWith(Words(words).Select(Named));
        return shown;
    }

    /// <summary>The least severe rule whose findings fail a story's run: --fail-level, else its project file's, else error.</summary>
    public Severity Level(ParseResult parsed, string? project) => (parsed.GetValue(FailLevel) ?? project) switch
    {
        "info" => Severity.Info,
        "warning" => Severity.Warning,
        _ => Severity.Error,
    };

    /// <summary>The baseline report, read before any story is: null and no errors without --baseline.</summary>
    public SavedReport? ReadBaseline(ParseResult parsed, List<InputError> errors) =>
        parsed.GetValue(Baseline) is { } path ? Read(path, errors) : null;

    /// <summary>A JSON report this tool wrote, from a file: a missing or wrong file is an error naming it.</summary>
    public static SavedReport? Read(string path, List<InputError> errors)
    {
        var shown = FileCorpus.Display(path);
        if (Directory.Exists(path) || !File.Exists(path))
        {
            errors.Add(new InputError(shown, 1, 1, "no such report file: give a JSON report written earlier by 'consistencycheck check --format json'"));
            return null;
        }
        return SavedReport.Read(new SourceFile(shown, File.ReadAllBytes(path)), errors);
    }

    private static Verdict Named(string name) => Enum.GetValues<Verdict>().First(v => v.Name() == name);

    private static IEnumerable<string> Words(IEnumerable<string> values) =>
        values.SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
