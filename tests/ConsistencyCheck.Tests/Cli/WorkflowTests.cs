using System.Text.RegularExpressions;
using Xunit;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// The pull-request workflow users copy (.github/workflows/consistency-pr.yml): it parses, asks for what it needs, pins
/// its actions, and runs only commands and options the tool has.
/// </summary>
public sealed partial class WorkflowTests
{
    /// <summary>
    /// What the workflow uses that other branches of issue 18 add (the baseline, the annotation format): allowed to be
    /// missing until they are merged, then to be removed from here.
    /// </summary>
    private static readonly string[] Coming = [];

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Repository.Path(".github", "workflows", "consistency-pr.yml"))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static IEnumerable<YamlMappingNode> Steps() =>
        ((YamlMappingNode)Workflow()["jobs"]).Children.Values.Cast<YamlMappingNode>()
            .SelectMany(job => ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>());

    private static string? Value(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? ((YamlScalarNode)value).Value : null;

    [Fact]
    public void It_runs_on_pull_requests_and_may_comment_on_them()
    {
        var workflow = Workflow();
        Assert.True(((YamlMappingNode)workflow["on"]).Children.ContainsKey(new YamlScalarNode("pull_request")));
        var permissions = (YamlMappingNode)workflow["permissions"];
        Assert.Equal("write", Value(permissions, "pull-requests"));
        Assert.Equal("read", Value(permissions, "contents"));
    }

    [Fact]
    public void Every_action_is_pinned_to_a_major_version_as_ci_is()
    {
        var uses = Steps().Select(s => Value(s, "uses")).OfType<string>().ToList();
        Assert.Contains("actions/checkout@v4", uses);
        Assert.All(uses, u => Assert.Matches(@"^[\w.-]+/[\w.-]+@(v\d+|[0-9a-f]{40})$", u));
    }

    [Fact]
    public void It_writes_the_job_summary_and_keeps_one_comment_found_by_its_marker()
    {
        var steps = Steps().ToList();
        Assert.Contains(steps, s => Value(s, "run")?.Contains(">> \"$GITHUB_STEP_SUMMARY\"", StringComparison.Ordinal) == true);
        var comment = steps.Single(s => Value(s, "uses")?.StartsWith("actions/github-script@", StringComparison.Ordinal) == true);
        var script = Value((YamlMappingNode)comment["with"], "script")!;
        Assert.Contains("'<!-- consistencycheck -->'", script, StringComparison.Ordinal);
        Assert.Contains("updateComment", script, StringComparison.Ordinal);
        Assert.Contains("createComment", script, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_consistencycheck_command_and_option_it_runs_exists()
    {
        var runs = Steps().Select(s => Value(s, "run")).OfType<string>().SelectMany(r => Invocation().Matches(r)).ToList();
        Assert.Contains(runs, r => r.Groups["command"].Value == "check");
        Assert.Contains(runs, r => r.Groups["command"].Value == "stories");
        foreach (var run in runs)
            Assert.Equal([], Missing(run.Groups["command"].Value, run.Groups["rest"].Value).Except(Coming));
    }

    [Fact]
    public void A_misspelt_option_or_format_in_a_workflow_line_is_found()
    {
        Assert.Equal(["--formt"], Missing("check", "corpus --formt json --output x.json"));
        Assert.Equal(["sarifx"], Missing("check", "corpus --format sarifx"));
        Assert.Equal(["nosuchcommand"], Missing("nosuchcommand", ""));
    }

    /// <summary>The options and --format values of one command line that the command's help does not list, or the command itself.</summary>
    private static List<string> Missing(string command, string rest)
    {
        var (code, help, _) = CommandLine.Run(command, "--help");
        if (code != 0 || !help.Contains($"consistencycheck {command}", StringComparison.Ordinal))
            return [command];
        var missing = OptionName().Matches(rest).Select(m => m.Value).Where(o => !Regex.IsMatch(help, $@"(?<![\w-]){Regex.Escape(o)}(?![\w-])")).ToList();
        var formats = Regex.Match(help, @"Report format: (?<list>[^.]*)\.").Groups["list"].Value.Split(", ");
        missing.AddRange(FormatValue().Matches(rest).Select(m => m.Groups["value"].Value).Where(v => !formats.Contains(v)));
        return missing;
    }

    // A command line of a run script: at the start of a line or after '&&', not in a message that names the tool
    [GeneratedRegex(@"(?:^\s*|&& )consistencycheck (?<command>[a-z]+)(?<rest>[^\n]*)", RegexOptions.Multiline)]
    private static partial Regex Invocation();

    [GeneratedRegex(@"(?<![\w-])--[a-z][a-z-]*")]
    private static partial Regex OptionName();

    [GeneratedRegex(@"--format (?<value>[a-z]+)")]
    private static partial Regex FormatValue();
}
