using System.CommandLine;
using ConsistencyCheck.Cli.Commands;

namespace ConsistencyCheck.Cli;

/// <summary>The command line: parses arguments and hands each command its options. Tests call <see cref="Run"/> in-process.</summary>
internal static class Shell
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, bool terminal)
    {
        var root = new RootCommand("Checks what several news outlets report about the same story against each other.")
        {
            CheckCommand.Create(stdout, stderr, terminal),
            ExtractCommand.Create(stdout, stderr),
            RulesCommand.Create(stdout, stderr),
        };
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
                stderr.WriteLine($"consistencycheck: {error.Message}");
            stderr.WriteLine("Run 'consistencycheck --help' for usage.");
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
            return ExitCodes.InternalError;
        }
    }
}
