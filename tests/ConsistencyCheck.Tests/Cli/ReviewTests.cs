using System.Text.Json;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>What a reviewer sees and what fails the run: --fail-level, --show and --min-verdict, --baseline, diff and accepted.yml.</summary>
public sealed class ReviewTests : IDisposable
{
    private const string Oslo4 = "The summit took place on March 4.";
    private const string Oslo5 = "The summit took place on March 5.";
    private const string Launch = "The rocket launched on 3 May 2025 from the coast.";

    private readonly string _temp = Directory.CreateTempSubdirectory("cc-review-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void A_contradiction_of_an_info_rule_fails_only_at_fail_level_info()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var rules = EventDatesOfSeverity("info");

        Assert.Equal(1, Run("check", story).Code);
        var (code, stdout, stderr) = Run("check", story, "--rules", rules);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("CONTRADICT  summit  [event-dates, info]", stdout, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--rules", rules, "--fail-level", "warning").Code);
        var failing = Run("check", story, "--rules", rules, "--fail-level", "info");
        Assert.Equal(1, failing.Code);
        Assert.Contains("1 finding at or above --fail-on contradict", failing.Stderr, StringComparison.Ordinal);

        var (bad, _, message) = Run("check", story, "--fail-level", "fatal");
        Assert.Equal(2, bad);
        Assert.Contains("fatal", message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_project_file_sets_the_fail_level_and_the_option_overrides_it()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var rules = EventDatesOfSeverity("info");
        var project = Path.Combine(Path.GetDirectoryName(story)!, ".consistencycheck.yml");
        File.WriteAllText(project, "fail-level: info\n");
        var failing = Run("check", story, "--rules", rules);
        Assert.Equal(1, failing.Code);
        Assert.Contains("1 finding at or above --fail-on contradict from rules at or above --fail-level info (1 contradict)", failing.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--rules", rules, "--fail-level", "error").Code);

        File.WriteAllText(project, "fail-level: warning\n");
        Assert.Equal(0, Run("check", story, "--rules", rules).Code);

        File.WriteAllText(project, "fail-on: contradict\nfail-level: fatal\n");
        var (code, stdout, stderr) = Run("check", story, "--rules", rules);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Matches(@"\.consistencycheck\.yml:2:13: error: .*fatal", stderr);
    }

    [Theory]
    [InlineData("text")]
    [InlineData("markdown")]
    [InlineData("json")]
    public void Show_and_min_verdict_list_fewer_findings_but_count_them_all(string format)
    {
        var story = Story(("a.md", "Orbit Daily", $"{Oslo4} {Launch}"), ("b.md", "Space Wire", Oslo5));
        var all = Run("check", story, "--format", format, "--fail-on", "never").Stdout;
        var shown = Run("check", story, "--format", format, "--fail-on", "never", "--show", "single").Stdout;
        var least = Run("check", story, "--format", format, "--fail-on", "never", "--min-verdict", "contradict").Stdout;
        Assert.Equal(shown, Run("check", story, "--format", format, "--fail-on", "never", "--show", "single", "--show", "agree").Stdout);

        // The Markdown comment counts single findings and lists them only when asked
        var single = format switch { "json" => "\"verdict\": \"single\"", "markdown" => "1 single finding: one outlet each</summary>", _ => "SINGLE  " };
        var contradict = format switch { "json" => "\"verdict\": \"contradict\"", "markdown" => "## contradict", _ => "CONTRADICT  " };
        if (format == "markdown")
            Assert.Contains("1 single finding (one outlet each) is only counted: `--show single` lists them", all, StringComparison.Ordinal);
        else
            Assert.Contains(single, all, StringComparison.Ordinal);
        Assert.Contains(contradict, all, StringComparison.Ordinal);
        Assert.Contains(single, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(contradict, shown, StringComparison.Ordinal);
        Assert.Contains(contradict, least, StringComparison.Ordinal);
        Assert.DoesNotContain(single, least, StringComparison.Ordinal);
        if (format == "json")
        {
            using var json = JsonDocument.Parse(shown);
            var only = json.RootElement.GetProperty("stories")[0];
            Assert.Equal(1, only.GetProperty("summary").GetProperty("contradict").GetInt32());
            Assert.Equal(1, only.GetProperty("notListed").GetInt32());
            Assert.Equal("single", Assert.Single(only.GetProperty("findings").EnumerateArray()).GetProperty("verdict").GetString());
            using var whole = JsonDocument.Parse(all);
            Assert.Equal(0, whole.RootElement.GetProperty("stories")[0].GetProperty("notListed").GetInt32());
        }
        else
        {
            Assert.Contains("1 finding not listed: 1 of verdicts not shown", shown, StringComparison.Ordinal);
            Assert.Contains("contradict 1", shown.Replace("| contradict | 1 |", "contradict 1", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("not listed", all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_verdict_the_filters_do_not_know_is_a_usage_error()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4));
        var (code, stdout, stderr) = Run("check", story, "--show", "contradict,contradicts");
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("'contradicts' is none of them", stderr, StringComparison.Ordinal);
        Assert.Equal(2, Run("check", story, "--min-verdict", "worst").Code);
        var empty = Run("check", story, "--show", ",");
        Assert.Equal(2, empty.Code);
        Assert.Contains("--show takes one or more verdicts", empty.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--show", "single", "--min-verdict", "single").Code);
    }

    [Fact]
    public void A_baseline_lists_only_new_and_changed_findings_and_fails_only_on_them()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var before = Path.Combine(_temp, "before.json");
        Assert.Equal(0, Run("check", story, "--format", "json", "--fail-on", "never", "--output", before).Code);

        // The same contradiction, moved down a paragraph: nothing new, so nothing fails.
        Write(story, "a.md", "Orbit Daily", "A paragraph the desk added.\n\n" + Oslo4);
        var (code, stdout, stderr) = Run("check", story, "--baseline", before);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("1 finding not listed: 1 unchanged since the baseline", stdout, StringComparison.Ordinal);
        Assert.Contains("since the baseline: 0 new, 0 changed, 1 unchanged, 0 resolved", stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("CONTRADICT", stdout, StringComparison.Ordinal);

        // A new date: the old contradiction is resolved, a new one fails the run.
        Write(story, "b.md", "Space Wire", "The summit took place on March 6.");
        var changed = Run("check", story, "--baseline", before, "--format", "json");
        Assert.Equal(1, changed.Code);
        using var json = JsonDocument.Parse(changed.Stdout);
        var only = json.RootElement.GetProperty("stories")[0];
        var baseline = only.GetProperty("baseline");
        Assert.Equal((1, 0, 0), (baseline.GetProperty("new").GetInt32(), baseline.GetProperty("changed").GetInt32(), baseline.GetProperty("unchanged").GetInt32()));
        var resolved = Assert.Single(baseline.GetProperty("resolved").EnumerateArray());
        Assert.Equal("contradict", resolved.GetProperty("verdict").GetString());
        Assert.StartsWith("event-dates/summit/", resolved.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("new", Assert.Single(only.GetProperty("findings").EnumerateArray()).GetProperty("change").GetString());
    }

    [Fact]
    public void A_finding_whose_verdict_changed_is_listed_as_changed()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var rules = EventDatesOfSeverity("warning");
        var before = Path.Combine(_temp, "before.json");
        Run("check", story, "--format", "json", "--fail-on", "never", "--output", before);

        var (code, stdout, _) = Run("check", story, "--rules", rules, "--baseline", before, "--fail-level", "warning");
        Assert.Equal(1, code);
        Assert.Contains("since the baseline: 0 new, 1 changed, 0 unchanged, 0 resolved", stdout, StringComparison.Ordinal);
        Assert.Contains("(changed: was contradict, error)", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_baseline_that_left_findings_out_is_refused_and_one_that_left_out_only_accepted_ones_is_read()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var filtered = Path.Combine(_temp, "filtered.json");
        Assert.Equal(0, Run("check", story, "--format", "json", "--fail-on", "never", "--show", "single", "--output", filtered).Code);
        var (code, stdout, stderr) = Run("check", story, "--baseline", filtered);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Matches(@"filtered\.json:\d+:\d+: error: story '[^']+' leaves 1 of its findings out \(it was written with --show", stderr);
        Assert.Equal(2, Run("diff", filtered, filtered).Code);

        var whole = Path.Combine(_temp, "whole.json");
        Assert.Equal(0, Run("check", story, "--format", "json", "--fail-on", "never", "--output", whole).Code);
        string id;
        using (var json = JsonDocument.Parse(File.ReadAllText(whole)))
            id = json.RootElement.GetProperty("stories")[0].GetProperty("findings")[0].GetProperty("id").GetString()!;
        File.WriteAllText(Path.Combine(story, "accepted.yml"), $"- id: {id}\n  reason: the desk checked it\n");
        var accepted = Path.Combine(_temp, "accepted.json");
        Assert.Equal(0, Run("check", story, "--format", "json", "--output", accepted).Code);
        var again = Run("check", story, "--baseline", accepted);
        Assert.Equal((0, ""), (again.Code, again.Stderr));
        Assert.Contains("since the baseline: 0 new, 0 changed, 0 unchanged, 0 resolved", again.Stdout, StringComparison.Ordinal);

        // Accepting a finding is neither resolving it nor, against a report from before, making it new
        Assert.Contains("since the baseline: 0 new, 0 changed, 0 unchanged, 0 resolved", Run("check", story, "--baseline", whole).Stdout, StringComparison.Ordinal);
        Assert.Contains("No finding is new, resolved or changed.", Run("diff", whole, accepted).Stdout, StringComparison.Ordinal);
        // An acceptance withdrawn puts the finding back before the reviewer
        Assert.Contains("Story story: 1 new, 0 resolved, 0 changed, 0 unchanged", Run("diff", accepted, whole).Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\n  \"schemaVersion\": 2,\n  \"stories\": [\n    {\"story\": \"x\",, }\n  ]\n}\n", "4:19", "not a JSON report: ',' is an invalid start of a property name")]
    [InlineData("{\n  \"schemaVersion\": 1,\n  \"story\": \"x\"\n}\n", "2:20", "the report has schemaVersion 1; this version reads schemaVersion 2")]
    [InlineData("[\n]\n", "1:1", "a schemaVersion 1 report (an array of stories)")]
    [InlineData("{\"schemaVersion\": 2, \"stories\": [{\"story\": \"x\", \"findings\": [{\"id\": \"a/b/c\", \"rule\": \"a\", \"subject\": \"b\", \"verdict\": \"worse\", \"severity\": \"error\"}]}]}", "1:118", "'stories[0].findings[0].verdict' is 'worse'")]
    [InlineData("", "1:1", "not a JSON report")]
    public void A_bad_baseline_is_an_error_naming_the_file_line_and_column(string content, string at, string message)
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        var baseline = Path.Combine(_temp, "old.json");
        File.WriteAllText(baseline, content);
        var (code, stdout, stderr) = Run("check", story, "--baseline", baseline);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains($"old.json:{at}: error: {message}", stderr, StringComparison.Ordinal);

        var missing = Run("check", story, "--baseline", Path.Combine(_temp, "none.json"));
        Assert.Equal((2, ""), (missing.Code, missing.Stdout));
        Assert.Contains("none.json:1:1: error: no such report file", missing.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text", "NEW       contradict  summit  [event-dates, error]  event-dates/summit/")]
    [InlineData("markdown", "| NEW | contradict | summit | `event-dates` | `event-dates/summit/")]
    [InlineData("json", "\"new\": [\n        {\n          \"id\": \"event-dates/summit/")]
    public void Diff_lists_new_resolved_and_changed_findings(string format, string expected)
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo4));
        var before = Path.Combine(_temp, "before.json");
        var after = Path.Combine(_temp, "after.json");
        Run("check", story, "--format", "json", "--output", before);
        Write(story, "b.md", "Space Wire", Oslo5);
        Run("check", story, "--format", "json", "--fail-on", "never", "--output", after);

        var (code, stdout, stderr) = Run("diff", before, after, "--format", format);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains(expected, stdout, StringComparison.Ordinal);
        Assert.Equal(stdout, Run("diff", before, after, "--format", format).Stdout);
        if (format == "text")
        {
            Assert.Contains("Story story: 1 new, 1 resolved, 0 changed, 0 unchanged", stdout, StringComparison.Ordinal);
            Assert.Contains("RESOLVED  agree  summit", stdout, StringComparison.Ordinal);
        }
        var failing = Run("diff", before, after, "--fail-on-new");
        Assert.Equal(1, failing.Code);
        Assert.Contains("1 new finding since", failing.Stderr, StringComparison.Ordinal);
        var same = Run("diff", after, after, "--fail-on-new");
        Assert.Equal(0, same.Code);
        Assert.Contains("No finding is new, resolved or changed.", same.Stdout, StringComparison.Ordinal);

        File.WriteAllText(before, "{\"schemaVersion\": 2,");
        var (bad, _, message) = Run("diff", before, after);
        Assert.Equal(2, bad);
        Assert.Contains("before.json:1:20: error: not a JSON report", message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_accepted_finding_is_neither_listed_nor_failing_and_a_stale_one_is_warned_of()
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        using (var json = JsonDocument.Parse(Run("check", story, "--format", "json", "--fail-on", "never").Stdout))
        {
            var id = json.RootElement.GetProperty("stories")[0].GetProperty("findings")[0].GetProperty("id").GetString();
            File.WriteAllText(Path.Combine(story, "accepted.yml"),
                $"# checked with the desk\n- id: {id}\n  reason: Space Wire corrected its date in print\n- id: titles/nobody/00000000\n  reason: an old one\n");
        }
        var (code, stdout, stderr) = Run("check", story, "--format", "json");
        Assert.Equal(0, code);
        Assert.Contains("accepted.yml:4:3: warning: accepted finding 'titles/nobody/00000000' matches no finding now", stderr, StringComparison.Ordinal);
        using var report = JsonDocument.Parse(stdout);
        var only = report.RootElement.GetProperty("stories")[0];
        Assert.Equal(0, only.GetProperty("findings").GetArrayLength());
        Assert.Equal(1, only.GetProperty("summary").GetProperty("contradict").GetInt32());
        var suppressed = only.GetProperty("suppressed");
        Assert.Equal(1, suppressed.GetProperty("count").GetInt32());
        Assert.StartsWith("event-dates/summit/", suppressed.GetProperty("ids")[0].GetString(), StringComparison.Ordinal);
        Assert.Equal("titles/nobody/00000000", suppressed.GetProperty("stale")[0].GetString());
        Assert.Contains("1 finding not listed: 1 accepted (accepted.yml)", Run("check", story).Stdout, StringComparison.Ordinal);

        // The file is no article, and without it the contradiction fails the run again.
        Assert.Equal(2, only.GetProperty("articles").GetArrayLength());
        File.Delete(Path.Combine(story, "accepted.yml"));
        Assert.Equal(1, Run("check", story).Code);
    }

    [Theory]
    [InlineData("- id: event-dates/summit/12345678\n", "accepted.yml:1:3: error: missing key 'reason'")]
    [InlineData("- id: event-dates/summit/12345678\n  reason: ''\n", "accepted.yml:2:11: error: 'reason' must say why the finding is accepted")]
    [InlineData("- id: a\n  reason: b\n  note: c\n", "accepted.yml:3:3: error: unknown key 'note' in an accepted finding")]
    [InlineData("- id: [a\n", "accepted.yml:2:1: error: invalid YAML in the accepted findings")]
    [InlineData("id: a\nreason: b\n", "accepted.yml:1:1: error: the accepted findings must be a YAML list")]
    [InlineData("- id: a\n  reason: b\n- id: a\n  reason: c\n", "accepted.yml:3:7: error: the id 'a' is accepted twice")]
    public void A_wrong_accepted_file_is_an_error_at_its_line_and_column(string content, string expected)
    {
        var story = Story(("a.md", "Orbit Daily", Oslo4), ("b.md", "Space Wire", Oslo5));
        File.WriteAllText(Path.Combine(story, "accepted.yml"), content);
        var (code, stdout, stderr) = Run("check", story);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains(expected, stderr, StringComparison.Ordinal);
    }

    /// <summary>A rules folder whose event-dates rule is the bundled one with another severity.</summary>
    private string EventDatesOfSeverity(string severity)
    {
        var rules = Directory.CreateDirectory(Path.Combine(_temp, severity + "-rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "event-dates.yml"),
            File.ReadAllText(Repository.Path("rules", "event-dates.yml")).Replace("severity: error", $"severity: {severity}", StringComparison.Ordinal));
        return rules;
    }

    private string Story(params (string File, string Outlet, string Body)[] articles)
    {
        var folder = Path.Combine(_temp, "story");
        Directory.CreateDirectory(folder);
        foreach (var (file, outlet, body) in articles)
            Write(folder, file, outlet, body);
        return folder;
    }

    private static void Write(string folder, string file, string outlet, string body) =>
        File.WriteAllText(Path.Combine(folder, file), $"---\noutlet: {outlet}\ntitle: T\npublished: 2025-03-06\n---\n{body}\n");

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CommandLine.Run(args);
}
