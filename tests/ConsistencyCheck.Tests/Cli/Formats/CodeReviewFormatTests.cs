using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Corpus;
using ConsistencyCheck.Tests.Snapshots;
using ConsistencyCheck.Verdicts;
using Json.Schema;
using Xunit;

namespace ConsistencyCheck.Tests.Cli.Formats;

/// <summary>
/// The formats code-review tools read: SARIF (code scanning), GitHub workflow commands (annotations) and reviewdog's
/// JSON lines. Each lists what a reviewer is asked to look at, honours the filters and the review, and places a
/// finding where its value stands.
/// </summary>
public sealed partial class CodeReviewFormatTests : IDisposable
{
    // Built once: the library keeps a registry of schemas by their $id and will not read one twice.
    private static readonly Lazy<JsonSchema> SarifSchema = new(() =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Cli", "Formats", "sarif-schema-2.1.0.json"))));

    private readonly string _temp = Directory.CreateTempSubdirectory("cc-formats-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void The_seed_story_as_sarif_matches_its_snapshot() =>
        Snapshot.Verify(SarifReport.Check([SeedStoryTests.Check()], default), "SeedStory.sarif", "json");

    [Fact]
    public void The_seed_story_as_github_annotations_matches_its_snapshot() =>
        Snapshot.Verify(GitHubAnnotations.Check([SeedStoryTests.Check()], default), "SeedStory.github", "txt");

    [Fact]
    public void The_seed_story_as_reviewdog_lines_matches_its_snapshot() =>
        Snapshot.Verify(ReviewdogReport.Check([SeedStoryTests.Check()], default), "SeedStory.rdjsonl", "jsonl");

    [Fact]
    public void The_sarif_of_the_seed_story_and_of_several_stories_is_valid_sarif_2_1_0()
    {
        var seed = SeedStoryTests.Check();
        Valid(SarifReport.Check([seed], default));
        var several = SarifReport.Check([SeedStoryTests.Check("saltmarsh-storm-running-toll"), seed, SeedStoryTests.Check("northwind-acquisition")], default);
        Valid(several);

        // A whole corpus, given as an absolute path, is still one log with one run
        var (_, corpus, _) = CommandLine.Run("check", Repository.Path("corpus"), "--format", "sarif", "--fail-on", "never");
        var log = Valid(corpus);
        var run = Assert.Single(log.GetProperty("runs").EnumerateArray());
        var uris = run.GetProperty("results").EnumerateArray()
            .Select(r => r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()!).ToList();
        Assert.True(uris.Count > 20, corpus[..Math.Min(400, corpus.Length)]);
        Assert.All(uris, u => Assert.StartsWith("file:///", u, StringComparison.Ordinal));
        Assert.True(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void A_sarif_result_is_the_finding_on_the_odd_one_out_with_the_others_related()
    {
        var seed = SeedStoryTests.Check();
        var log = Valid(SarifReport.Check([seed], default));
        Assert.Equal("2.1.0", log.GetProperty("version").GetString());
        var run = log.GetProperty("runs")[0];
        var results = run.GetProperty("results").EnumerateArray().ToList();
        var listed = seed.Findings.Where(f => f.Verdict is not (Verdict.Agree or Verdict.Single)).ToList();
        Assert.Equal(listed.Select(f => f.Id), results.Select(r => r.GetProperty("partialFingerprints").GetProperty("consistencyFinding/v1").GetString()));
        var rules = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()).ToList();
        Assert.Equal(listed.Select(f => f.Rule.Id).Distinct().Order(StringComparer.Ordinal), rules);

        var contradiction = results.Single(r => r.GetProperty("properties").GetProperty("verdict").GetString() == "contradict");
        Assert.Equal("error", contradiction.GetProperty("level").GetString());
        var physical = contradiction.GetProperty("locations")[0].GetProperty("physicalLocation");
        Assert.Equal("corpus/stoltenberg-ukraine-nato/obasanjo-news-2022-11-29.md", physical.GetProperty("artifactLocation").GetProperty("uri").GetString());
        Assert.Equal("%SRCROOT%", physical.GetProperty("artifactLocation").GetProperty("uriBaseId").GetString());
        var region = physical.GetProperty("region");
        var line = File.ReadAllLines(Repository.Path("corpus", "stoltenberg-ukraine-nato", "obasanjo-news-2022-11-29.md"))[region.GetProperty("startLine").GetInt32() - 1];
        var start = region.GetProperty("startColumn").GetInt32();
        Assert.StartsWith("NATO commander", line[(start - 1)..(region.GetProperty("endColumn").GetInt32() - 1)], StringComparison.Ordinal);
        Assert.Contains(contradiction.GetProperty("relatedLocations").EnumerateArray(),
            r => r.GetProperty("message").GetProperty("text").GetString() == "RT says \"NATO Secretary General\"");
        Assert.Equal(seed.Findings.Single(f => f.Verdict == Verdict.Contradict).Message(), contradiction.GetProperty("message").GetProperty("text").GetString());
    }

    [Fact]
    public void A_story_not_checked_is_a_failed_invocation_in_sarif_and_an_error_line_in_the_others()
    {
        var good = Story("good", ("a.md", "Orbit Daily", "The summit took place on March 4."), ("b.md", "Space Wire", "The summit took place on March 5."));
        var bad = Path.Combine(_temp, "bad");
        Directory.CreateDirectory(bad);
        File.WriteAllText(Path.Combine(bad, "a.md"), "---\noutlet: X\n---\nNo date here.\n");
        var (code, sarif, _) = CommandLine.Run("check", good, bad, "--format", "sarif");
        Assert.Equal(2, code);
        var invocation = Valid(sarif).GetProperty("runs")[0].GetProperty("invocations")[0];
        Assert.False(invocation.GetProperty("executionSuccessful").GetBoolean());
        Assert.NotEmpty(invocation.GetProperty("toolExecutionNotifications").EnumerateArray());
        Assert.Matches(@"^::error file=[^\n]*bad/a\.md,line=\d+,col=\d+,title=bad%3A not checked::", CommandLine.Run("check", good, bad, "--format", "github").Stdout);
        Assert.Contains(Lines(CommandLine.Run("check", good, bad, "--format", "rdjsonl").Stdout),
            d => d.GetProperty("location").GetProperty("path").GetString()!.EndsWith("bad/a.md", StringComparison.Ordinal));
    }

    [Fact]
    public void Github_shows_ten_annotations_of_each_level_and_sums_up_what_it_left_out()
    {
        var corpus = Repository.Path("corpus");
        var (code, github, _) = CommandLine.Run("check", corpus, "--format", "github", "--fail-on", "never");
        Assert.Equal(0, code);
        var lines = github.TrimEnd('\n').Split('\n');
        int Written(string level) => lines.Count(l => l.StartsWith($"::{level} file=", StringComparison.Ordinal));
        Assert.Equal((10, 10, 9), (Written("error"), Written("warning"), Written("notice")));
        Assert.Equal(30, lines.Length);
        Assert.StartsWith("::notice::consistencycheck: 29 annotations (10 errors, 10 warnings, 9 notices); ", lines[^1], StringComparison.Ordinal);

        // What is left out is what the SARIF log holds beyond them, level by level
        var levels = Valid(CommandLine.Run("check", corpus, "--format", "sarif", "--fail-on", "never").Stdout)
            .GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("level").GetString()).ToList();
        var left = Regex.Match(lines[^1], @"(?<all>\d+) more left out \((?<e>\d+) errors?, (?<w>\d+) warnings?, (?<n>\d+) notices?\)");
        Assert.True(left.Success, lines[^1]);
        Assert.Equal(levels.Count(l => l == "error") - 10, int.Parse(left.Groups["e"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(levels.Count(l => l == "warning") - 10, int.Parse(left.Groups["w"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(levels.Count(l => l == "note") - 9, int.Parse(left.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Contains("--format text, or upload --format sarif", lines[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void Github_escapes_what_would_end_a_property_or_a_command()
    {
        Assert.Equal("a%25b%3Ac%2Cd%0D%0Ae", GitHubAnnotationLines.Property("a%b:c,d\r\ne"));
        Assert.Equal("a%25b:c,d%0D%0Ae\\e", GitHubAnnotationLines.Data("a%b:c,d\r\ne\u001b"));

        var story = Story("news, 100%: day", ("a,b:c%d.md", "Wire: 50%, \\\"Desk\\\"\\nTwo", "The summit took place on March 4."),
            ("b.md", "Space Wire", "The summit took place on March 5."));
        var lines = CommandLine.Run("check", story, "--format", "github", "--fail-on", "never").Stdout.TrimEnd('\n').Split('\n');
        Assert.Equal(2, lines.Length);
        var command = Regex.Match(lines[0], "^::error file=(?<file>[^,]*),line=6,col=(?<col>[0-9]+),endColumn=[0-9]+,title=(?<title>[^,:]*)::(?<message>.*)$");
        Assert.True(command.Success, lines[0]);
        Assert.EndsWith("/news%2C 100%25%3A day/a%2Cb%3Ac%25d.md", command.Groups["file"].Value, StringComparison.Ordinal);
        Assert.Equal("contradict%3A summit [event-dates]", command.Groups["title"].Value);
        Assert.Contains("Wire: 50%25, \"Desk\"%0ATwo", command.Groups["message"].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Every_reviewdog_line_is_a_diagnostic_with_the_fields_reviewdog_reads()
    {
        var (_, rdjsonl, _) = CommandLine.Run("check", Repository.Path("corpus"), "--format", "rdjsonl", "--fail-on", "never");
        var diagnostics = Lines(rdjsonl);
        Assert.True(diagnostics.Count > 20);
        foreach (var d in diagnostics)
        {
            Assert.False(string.IsNullOrEmpty(d.GetProperty("message").GetString()));
            Assert.False(string.IsNullOrEmpty(d.GetProperty("location").GetProperty("path").GetString()));
            var start = d.GetProperty("location").GetProperty("range").GetProperty("start");
            Assert.True(start.GetProperty("line").GetInt32() >= 1 && start.GetProperty("column").GetInt32() >= 1);
            Assert.Contains(d.GetProperty("severity").GetString(), new[] { "ERROR", "WARNING", "INFO" });
            Assert.Equal("consistencycheck", d.GetProperty("source").GetProperty("name").GetString());
            Assert.False(string.IsNullOrEmpty(d.GetProperty("code").GetProperty("value").GetString()));
        }
    }

    [Fact]
    public void Reviewdog_counts_columns_in_utf8_bytes_and_sarif_in_characters()
    {
        var story = Story("bytes", ("a.md", "Orbit Daily", "Café “owners” said the summit took place on March 4."),
            ("b.md", "Space Wire", "Café “owners” said the summit took place on March 5."));
        var diagnostic = Lines(CommandLine.Run("check", story, "--format", "rdjsonl", "--fail-on", "never").Stdout).Single();
        var sarif = Valid(CommandLine.Run("check", story, "--format", "sarif", "--fail-on", "never").Stdout);
        var region = sarif.GetProperty("runs")[0].GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("region");
        const string before = "Café “owners” said the summit took place on ";
        var range = diagnostic.GetProperty("location").GetProperty("range");
        Assert.Equal((1 + Encoding.UTF8.GetByteCount(before), 1 + Encoding.UTF8.GetByteCount(before + "March 4")),
            (range.GetProperty("start").GetProperty("column").GetInt32(), range.GetProperty("end").GetProperty("column").GetInt32()));
        Assert.Equal((1 + before.Length, 1 + before.Length + "March 4".Length), (region.GetProperty("startColumn").GetInt32(), region.GetProperty("endColumn").GetInt32()));
        Assert.Equal("unicodeCodePoints", sarif.GetProperty("runs")[0].GetProperty("columnKind").GetString());
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("rdjsonl")]
    public void Show_lists_only_the_verdicts_asked_for_and_agreements_and_singles_only_when_asked(string format)
    {
        var story = Story("filters",
            ("a.md", "Orbit Daily", "The summit took place on March 4. The election was held on 9 February 2025."),
            ("b.md", "Space Wire", "The summit took place on March 5. The election was held on 9 February 2025. The rocket launched on 3 May 2025."));
        Assert.Equal(["contradict"], Listed(format, story));
        Assert.Equal(["contradict"], Listed(format, story, "--show", "contradict"));
        Assert.Equal([], Listed(format, story, "--show", "variant"));
        Assert.Equal(["contradict", "single", "agree"], Listed(format, story, "--show", "contradict,single,agree"));
        Assert.Equal(["agree"], Listed(format, story, "--show", "agree"));
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("rdjsonl")]
    public void A_baseline_leaves_only_new_findings_and_an_accepted_finding_is_left_out(string format)
    {
        var story = Story("review", ("a.md", "Orbit Daily", "The summit took place on March 4."), ("b.md", "Space Wire", "The summit took place on March 5."));
        var baseline = Path.Combine(_temp, "baseline.json");
        Assert.Equal(0, CommandLine.Run("check", story, "--format", "json", "--fail-on", "never", "--output", baseline).Code);
        Assert.Equal(["contradict"], Listed(format, story));
        Assert.Equal([], Listed(format, story, "--baseline", baseline));

        File.AppendAllText(Path.Combine(story, "b.md"), "The election was held on 9 February 2025.\n");
        File.AppendAllText(Path.Combine(story, "a.md"), "The election was held on 10 February 2025.\n");
        Assert.Equal(["contradict"], Listed(format, story, "--baseline", baseline));

        var id = JsonDocument.Parse(File.ReadAllText(baseline)).RootElement.GetProperty("stories")[0].GetProperty("findings")[0].GetProperty("id").GetString();
        File.WriteAllText(Path.Combine(story, "accepted.yml"), $"- id: {id}\n  reason: checked with the desk\n");
        Assert.Equal(["contradict"], Listed(format, story));
    }

    [Theory]
    [InlineData("sarif")]
    [InlineData("github")]
    [InlineData("rdjsonl")]
    public void The_output_is_the_same_on_any_number_of_threads_and_in_a_file(string format)
    {
        var corpus = Repository.Path("corpus");
        var one = CommandLine.Run("check", corpus, "--format", format, "--fail-on", "never", "--threads", "1").Stdout;
        Assert.Equal(one, CommandLine.Run("check", corpus, "--format", format, "--fail-on", "never", "--threads", "8").Stdout);
        var target = Path.Combine(_temp, "report." + format);
        var (code, stdout, _) = CommandLine.Run("check", corpus, "--format", format, "--fail-on", "never", "--output", target);
        Assert.Equal((0, ""), (code, stdout));
        Assert.Equal(one, File.ReadAllText(target));
        Assert.DoesNotContain("\r", one, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_check_refuses_them_and_help_lists_them()
    {
        var story = Story("draft", ("draft.md", "Orbit Daily", "The summit took place on March 4."), ("wire.md", "Space Wire", "The summit took place on March 5."));
        var (code, stdout, stderr) = CommandLine.Run("check", Path.Combine(story, "draft.md"), "--against", Path.Combine(story, "wire.md"), "--format", "sarif");
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("--format sarif does not apply to a draft checked --against its sources", stderr, StringComparison.Ordinal);
        Assert.Contains("Report format: text, json, markdown, html, sarif, github, rdjsonl.", CommandLine.Run("check", "--help").Stdout, StringComparison.Ordinal);
    }

    /// <summary>The verdicts of what the format lists, in its order.</summary>
    private static List<string> Listed(string format, string story, params string[] more)
    {
        var (code, stdout, stderr) = CommandLine.Run(["check", story, "--format", format, "--fail-on", "never", .. more]);
        Assert.True(code == 0, stderr);
        return format switch
        {
            "sarif" => [.. Valid(stdout).GetProperty("runs")[0].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("properties").GetProperty("verdict").GetString()!)],
            "github" => [.. Title().Matches(stdout).Select(m => m.Groups["verdict"].Value)],
            // A diagnostic has no verdict: its message says agreement and single, its severity a contradiction
            _ => [.. Lines(stdout).Select(d => d.GetProperty("message").GetString()! switch
            {
                var m when m.StartsWith("Only ", StringComparison.Ordinal) => "single",
                var m when m.Contains(" agree on ", StringComparison.Ordinal) => "agree",
                _ => d.GetProperty("severity").GetString() == "ERROR" ? "contradict" : "?",
            })],
        };
    }

    private static JsonElement Valid(string sarif)
    {
        var log = JsonDocument.Parse(sarif).RootElement;
        var result = SarifSchema.Value.Evaluate(log, new EvaluationOptions { OutputFormat = OutputFormat.List });
        var errors = (result.Details ?? []).Where(d => d.Errors is not null)
            .SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Key}: {e.Value}")).ToList();
        Assert.True(result.IsValid, string.Join('\n', errors.Take(20)));
        return log;
    }

    private static List<JsonElement> Lines(string jsonLines) =>
        [.. jsonLines.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)];

    private string Story(string name, params (string File, string Outlet, string Body)[] articles)
    {
        var folder = Path.Combine(_temp, name);
        Directory.CreateDirectory(folder);
        foreach (var (file, outlet, body) in articles)
            File.WriteAllText(Path.Combine(folder, file), $"---\noutlet: \"{outlet}\"\ntitle: T\npublished: 2025-03-06\n---\n{body}\n");
        return folder;
    }

    [GeneratedRegex(@"^::\w+ file=[^\n]*,title=(?<verdict>[a-z]+)%3A", RegexOptions.Multiline)]
    private static partial Regex Title();
}
