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
    /// <summary>
    /// A whole-number option's check: its text must parse and the number pass <paramref name="valid"/>, else
    /// <paramref name="message"/> is a usage error (reading a value that does not parse would throw).
    /// </summary>
    public static void WholeNumber(Option<int> option, Func<int, bool> valid, string message) =>
        option.Validators.Add(result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : null;
            if (text is not null && !(int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) && valid(n)))
                result.AddError($"{message}, not '{Visible.Text(text)}'");
        });

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
        /// The plans of the stories to report on; null with the exit code when there is nothing to do: a PATH is wrong
        /// or the output file is refused (before any article is read).
        /// </summary>
        public (List<StoryPlan>? Plans, int Exit) Plan(ParseResult parsed, string? failOn, TextWriter stderr, Option<string?> output,
            CheckCommand.Shard? shard = null)
        {
            var errors = new List<InputError>();
            var sources = FileCorpus.Find(parsed.GetValue(Paths)!, errors);
            if (shard is { } part)
            {
                sources = [.. sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Folder, StringComparer.Ordinal)
                    .Where((_, position) => part.Takes(position))];
            }
            if (errors.Count > 0)
                return (null, Fail(stderr, errors));
            if (parsed.GetValue(output) is { } file && ReportFile.Refuse(file, sources) is { } refused)
                return (null, Fail(stderr, [refused]));
            var rules = new FileRules(parsed.GetValue(Rules) ?? [], bundled: !parsed.GetValue(NoBundled));
            var limits = new ArticleLimits(parsed.GetValue(MaxKilobytes) * 1024L, parsed.GetValue(MaxLineLength));
            var plans = StoryPlan.Make(sources, rules, failOn, limits);
            if (plans.Count == 0)
            {
                var first = FileCorpus.Display(parsed.GetValue(Paths)![0]);
                return (null, Fail(stderr, [new InputError(first, 1, 1, "every article here is ignored by the project file's 'ignore' patterns: nothing to check")]));
            }
            return (plans, ExitCodes.Clean);
        }

        /// <summary>
        /// Each story read and checked, on as many threads as asked, handed back in story order so that the output is
        /// the same whatever the number; only a few stories are held at once.
        /// </summary>
        public IEnumerable<(PreparedStory Story, StoryReport Report)> Check(ParseResult parsed, List<StoryPlan> plans, TextWriter stderr)
        {
            var strict = parsed.GetValue(Strict);
            var checkedStories = plans.AsParallel().AsOrdered()
                .WithDegreeOfParallelism(parsed.GetValue(Threads))
                .WithMergeOptions(ParallelMergeOptions.NotBuffered)
                .Select(plan =>
                {
                    var story = plan.Read();
                    return (story, story.Check());
                });
            // A long run on a terminal says how far it is; a log or a pipe gets no progress lines.
            var progress = ReferenceEquals(stderr, Console.Error) && !Console.IsErrorRedirected;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var shownAt = TimeSpan.Zero;
            var done = 0;
            foreach (var (story, report) in checkedStories)
            {
                if (strict)
                    Warn(stderr, story.Story);
                done++;
                if (progress && clock.Elapsed > TimeSpan.FromSeconds(3) && clock.Elapsed - shownAt > TimeSpan.FromSeconds(0.5))
                {
                    stderr.Write($"\rchecked {done:N0} of {plans.Count:N0} stories");
                    shownAt = clock.Elapsed;
                }
                yield return (story, report);
            }
            if (shownAt > TimeSpan.Zero)
                stderr.Write("\r" + new string(' ', 40) + "\r");
        }

        private static void Warn(TextWriter stderr, Story story)
        {
            foreach (var (article, extra) in story.Articles.SelectMany(a => a.FrontMatter.Extra.Select(e => (a, e))))
                stderr.WriteLine($"{Visible.Text(FileCorpus.Join(story.Root, article.Path))}:{extra.Line}:{extra.Column}: warning: front-matter key '{Visible.Text(extra.Key)}' is kept but not used");
        }

        private static Option<int> Limit(string name, int defaultValue, string description)
        {
            var option = new Option<int>(name) { Description = $"{description} Default: {defaultValue}.", DefaultValueFactory = _ => defaultValue };
            WholeNumber(option, n => n >= 1, $"{name} must be a whole number of 1 or more");
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
    }

    /// <summary>
    /// Reports the stories that could not be checked: nothing at all when no story was, else their errors on stderr
    /// after the report of the others, which lists them too. Returns the exit code for bad input, or null when all went well.
    /// </summary>
    public static int? Unchecked(TextWriter stderr, IReadOnlyList<PreparedStory> failed, int stories, bool reported)
    {
        if (failed.Count == 0)
            return null;
        // A project file or a rules folder shared by several stories is wrong once, not once per story.
        var errors = failed.SelectMany(s => s.Errors).Distinct().ToList();
        foreach (var error in errors)
            stderr.WriteLine(error.ToString());
        stderr.WriteLine(!reported
            ? $"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; no report written."
            : $"consistencycheck: {errors.Count} error{(errors.Count == 1 ? "" : "s")}; {failed.Count} of {stories} stories not checked (the report lists them).");
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

    /// <summary>Options that do not go together, or a value no option takes: the reason, where help is, and exit 2.</summary>
    public static int Usage(TextWriter stderr, string message, string command = "check")
    {
        stderr.WriteLine($"consistencycheck: {message}.");
        stderr.WriteLine($"Run 'consistencycheck {command} --help' for usage.");
        return ExitCodes.BadInput;
    }
}
