namespace ConsistencyCheck.Cli;

internal static class ExitCodes
{
    /// <summary>Nothing at or above the --fail-on level.</summary>
    public const int Clean = 0;

    /// <summary>Findings at or above the --fail-on level.</summary>
    public const int Findings = 1;

    /// <summary>Bad input (an article, a rule, a path) or bad usage; no report was written.</summary>
    public const int BadInput = 2;

    /// <summary>A bug in the tool itself; the message asks for a report.</summary>
    public const int InternalError = 3;
}
