using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace ConsistencyCheck.Cli.Commands;

/// <summary>
/// --help as System.CommandLine writes it, then examples and exit codes: the usage line tells what may be typed,
/// not what a script calling the tool should expect back.
/// </summary>
internal sealed class HelpWithExamples(HelpAction standard) : SynchronousCommandLineAction
{
    private static readonly (int Code, string Meaning)[] Failures =
    [
        (ExitCodes.BadInput, "bad input or usage: one line per problem on standard error, and no report"),
        (ExitCodes.InternalError, "an internal error of the tool: please report it"),
    ];

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        var code = standard.Invoke(parseResult);
        var (examples, exits) = Sections(parseResult.CommandResult.Command);
        var output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Examples:");
        foreach (var example in examples)
            output.WriteLine($"  {example}");
        output.WriteLine();
        output.WriteLine("Exit codes:");
        foreach (var (exit, meaning) in exits.Concat(Failures))
            output.WriteLine($"  {exit}  {meaning}");
        output.WriteLine();
        return code;
    }

    private static (string[] Examples, (int, string)[] Exits) Sections(Command command) => command.Name switch
    {
        "check" => (
            [
                "consistencycheck check corpus/stoltenberg-ukraine-nato",
                "consistencycheck check corpus --format markdown --output comment.md --link-base https://github.com/ORG/REPO/blob/SHA --fail-on never",
                "consistencycheck check corpus/stoltenberg-ukraine-nato --format html --output story.html",
                "consistencycheck check corpus --format sarif --output consistency.sarif --fail-on never",
                "consistencycheck check stories --rules my-rules --fail-on variant",
                "consistencycheck check draft.md wire.md other-outlet.md",
                "consistencycheck check corpus --format json --output before.json --fail-on never",
                "consistencycheck check corpus --baseline before.json --fail-level warning",
                "consistencycheck check draft.md --against wire.md sources/",
            ],
            [
                (ExitCodes.Clean, "nothing at or above --fail-on from a rule at or above --fail-level (accepted findings, and with --baseline unchanged ones, do not count)"),
                (ExitCodes.Findings, "findings at or above --fail-on from rules at or above --fail-level; standard error says how many, of which verdicts"),
            ]),
        "diff" => (
            [
                "consistencycheck diff before.json after.json",
                "consistencycheck diff before.json after.json --format markdown --fail-on-new",
            ],
            [
                (ExitCodes.Clean, "the changes were listed (with --fail-on-new: and no finding is new)"),
                (ExitCodes.Findings, "with --fail-on-new: the later report has new findings"),
            ]),
        "extract" => (
            [
                "consistencycheck extract corpus/stoltenberg-ukraine-nato",
                "consistencycheck extract corpus/stoltenberg-ukraine-nato --format json --output claims.json",
            ],
            [(ExitCodes.Clean, "the claims were listed")]),
        "rules" => (
            [
                "consistencycheck rules",
                "consistencycheck rules --rules my-rules --test",
            ],
            [
                (ExitCodes.Clean, "the rules are valid (with --test: and their tests pass)"),
                (ExitCodes.Findings, "with --test: a rule test failed"),
            ]),
        "init" => (
            [
                "consistencycheck init",
                "consistencycheck init newsroom-stories",
            ],
            [(ExitCodes.Clean, "the project file and the rules folder were written")]),
        "stories" => (
            [
                "consistencycheck stories",
                "git diff --name-only -z origin/main...HEAD | consistencycheck stories corpus --changed -",
            ],
            [(ExitCodes.Clean, "the story folders were listed (none, when the change touches no story)")]),
        _ => (
            [
                "consistencycheck check corpus/stoltenberg-ukraine-nato",
                "consistencycheck check --help",
            ],
            [
                (ExitCodes.Clean, "clean: nothing at or above check's --fail-on; every rule test passed"),
                (ExitCodes.Findings, "findings at or above check's --fail-on, or a failing rule test"),
            ]),
    };
}
