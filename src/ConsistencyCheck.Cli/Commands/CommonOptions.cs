using System.CommandLine;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>The options and error output that several commands share.</summary>
internal static class CommonOptions
{
    public static Option<string[]> Rules() => new("--rules")
    {
        Description = "A folder of rule files (*.yml) layered over the others: a rule with an earlier id replaces it, "
            + "'enabled: false' switches it off. Repeatable. Always layered: the bundled rules, the project file's folders, the nearest 'rules' folder above each story.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    public static Option<bool> NoBundledRules() => new("--no-bundled-rules")
    {
        Description = "Start from no rules instead of the rules shipped with the tool.",
    };

    /// <summary>What the story commands (check, extract) share: finding the stories and what applies to each.</summary>
    public sealed record StoryOptions(Argument<string[]> Paths, Option<string[]> Rules, Option<bool> NoBundled, Option<bool> Strict,
        Option<int> MaxKilobytes, Option<int> MaxLineLength, Option<int> Threads)
    {
        public static StoryOptions Create() => new(
            new Argument<string[]>("PATH")
            {
                Description = "A story folder (one Markdown file per article), a corpus folder of story folders at any depth, or article files checked together as one story.",
                Arity = ArgumentArity.OneOrMore,
            },
            CommonOptions.Rules(),
            NoBundledRules(),
            new Option<bool>("--strict") { Description = "Warn about front-matter keys the checker does not use (they are kept and ignored)." },
            Limit("--max-article-kb", ArticleLimits.DefaultMaxKilobytes, "An article larger than this many kilobytes is an error, never a stall."),
            Limit("--max-line-length", ArticleLimits.DefaultMaxLineLength, "A line longer than this many characters is an error, never a stall."),
            Limit("--threads", Environment.ProcessorCount, "How many stories are checked at once; the report is the same whatever the number."));

        /// <summary>
        /// The stories to report on; null with the exit code when there is nothing to report: a PATH is wrong, the
        /// output file is refused before any work, or no story could be checked.
        /// </summary>
        public (List<PreparedStory>? Stories, int Exit) ReadForReport(ParseResult parsed, string? failOn, TextWriter stderr, Option<string?> output,
            CheckCommand.Shard? shard = null)
        {
            var prepared = Read(parsed, failOn, stderr, shard);
            if (prepared is null)
                return (null, ExitCodes.BadInput);
            if (parsed.GetValue(output) is { } file && ReportFile.Refuse(file, prepared) is { } refused)
                return (null, Fail(stderr, [refused]));
            if (prepared.All(p => p.Errors.Count > 0))
                return (null, Unchecked(stderr, prepared)!.Value);
            return (prepared, ExitCodes.Clean);
        }

        /// <summary>Checks the stories on as many threads as asked; the reports come back in story order, so the output is the same.</summary>
        public List<StoryReport> Check(ParseResult parsed, List<PreparedStory> stories) =>
            [.. stories.AsParallel().AsOrdered().WithDegreeOfParallelism(parsed.GetValue(Threads)).Select(p => p.Check())];

        private static Option<int> Limit(string name, int defaultValue, string description)
        {
            var option = new Option<int>(name) { Description = $"{description} Default: {defaultValue}.", DefaultValueFactory = _ => defaultValue };
            option.Validators.Add(result =>
            {
                if (result.GetValueOrDefault<int>() < 1)
                    result.AddError($"{name} must be a whole number of 1 or more");
            });
            return option;
        }

        public Command AddTo(Command command)
        {
            command.Add(Paths);
            command.Add(Rules);
            command.Add(NoBundled);
            command.Add(Strict);
            command.Add(MaxKilobytes);
            command.Add(MaxLineLength);
            command.Add(Threads);
            return command;
        }

        /// <summary>The stories of the PATHs, each with its rules and errors; null (errors printed) when a PATH itself is wrong.</summary>
        public List<PreparedStory>? Read(ParseResult parsed, string? failOn, TextWriter stderr, CheckCommand.Shard? shard = null)
        {
            var errors = new List<InputError>();
            var sources = FileCorpus.Find(parsed.GetValue(Paths)!, errors);
            if (shard is { } part)
            {
                sources = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Folder, StringComparer.Ordinal)
                    .Where((_, position) => part.Takes(position))];
            }
            if (errors.Count > 0)
            {
                Fail(stderr, errors);
                return null;
            }
            var rules = new FileRules(parsed.GetValue(Rules) ?? [], bundled: !parsed.GetValue(NoBundled));
            var limits = new ArticleLimits(parsed.GetValue(MaxKilobytes) * 1024L, parsed.GetValue(MaxLineLength));
            var stories = PreparedStory.Read(sources, rules, failOn, limits);
            if (parsed.GetValue(Strict))
            {
                foreach (var story in stories.Select(s => s.Story))
                {
                    foreach (var (article, extra) in story.Articles.SelectMany(a => a.FrontMatter.Extra.Select(e => (a, e))))
                        stderr.WriteLine($"{FileCorpus.Join(story.Root, article.Path)}:{extra.Line}:{extra.Column}: warning: front-matter key '{extra.Key}' is kept but not used");
                }
            }
            return stories;
        }
    }

    /// <summary>
    /// Reports the stories that could not be checked: nothing at all when no story was, else their errors on stderr
    /// after the report of the others, which lists them too. Returns the exit code for bad input, or null when all went well.
    /// </summary>
    public static int? Unchecked(TextWriter stderr, IReadOnlyList<PreparedStory> stories)
    {
        var failed = stories.Where(s => s.Errors.Count > 0).ToList();
        if (failed.Count == 0)
            return null;
        // A project file or a rules folder shared by several stories is wrong once, not once per story.
        var errors = failed.SelectMany(s => s.Errors).Distinct().ToList();
        foreach (var error in errors)
            stderr.WriteLine(error.ToString());
        stderr.WriteLine(failed.Count == stories.Count
            ? $"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; no report written."
            : $"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; {failed.Count} of {stories.Count} stories not checked (the report lists them).");
        return ExitCodes.BadInput;
    }

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

    public static int Fail(TextWriter stderr, List<InputError> errors, string outcome = "no report written")
    {
        foreach (var error in errors)
            stderr.WriteLine(error.ToString());
        stderr.WriteLine($"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; {outcome}.");
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
