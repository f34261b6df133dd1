using ConsistencyCheck.Cli;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>The command line run in-process, as a user would run it, with what it printed.</summary>
internal static class CommandLine
{
    public static (int Code, string Stdout, string Stderr) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Shell.Run(args, stdout, stderr, terminal: false);
        return (code, stdout.ToString(), stderr.ToString());
    }
}
