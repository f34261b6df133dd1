using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Parsing;
using ConsistencyCheck.Cli.Commands;

namespace ConsistencyCheck.Cli;

/// <summary>The command line: parses arguments and hands each command its options. Tests call <see cref="Run"/> in-process.</summary>
internal static class Shell
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool terminal, TextReader? stdin = null)
    {
        var root = new RootCommand("Checks what several news outlets report about the same story against each other.")
        {
            CheckCommand.Create(stdout, stderr, terminal),
            ExtractCommand.Create(stdout, stderr),
            DiffCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
            InitCommand.Create(stdout, stderr),
            StoriesCommand.Create(stdout, stderr, stdin ?? Console.In),
        };
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!);
        var parsed = root.Parse(args);
        // A mistyped option explains the errors it causes (a missing PATH, an unknown word): name only it.
        var problems = UnknownOptions.Find(parsed) is { Count: > 0 } unknown ? unknown : [.. parsed.Errors.Select(e => e.Message)];
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
                stderr.WriteLine($"consistencycheck: {problem}");
            stderr.WriteLine($"Run '{CommandLine(parsed.CommandResult)} --help' for usage.");
            return ExitCodes.BadInput;
        }
        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (IOException e)
        {
            stderr.WriteLine($"consistencycheck: {e.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException e)
        {
            stderr.WriteLine($"consistencycheck: {e.Message}");
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // the last line of defence: a bug must not reach the user as a stack trace
        catch (Exception e)
#pragma warning restore CA1031
        {
            stderr.WriteLine($"consistencycheck: internal error: {e.GetType().Name}: {e.Message}. No report was written; please report this with the input that caused it.");
            // Users see one line; whoever fixes the bug sets this to see where it happened.
            if (Environment.GetEnvironmentVariable("CONSISTENCYCHECK_TRACE") == "1")
                stderr.WriteLine(e.ToString());
            return ExitCodes.InternalError;
        }
    }

    // The root's own name is the executable's (ConsistencyCheck.Cli, or the test host): say what users type.
    private static string CommandLine(CommandResult command) =>
        command.Parent is CommandResult parent ? $"{CommandLine(parent)} {command.Command.Name}" : "consistencycheck";
}
