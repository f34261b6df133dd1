using System.Text.Json;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>The command line run in-process: exit codes, error messages, formats and output files.</summary>
public sealed class CliTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cc-cli-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Checks_the_bundled_story_as_the_readme_does_and_fails_it_without_fail_on_never()
    {
        var (code, stdout, stderr) = Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--rules", Repository.Path("rules"), "--fail-on", "never");
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("Story stoltenberg-ukraine-nato: 5 articles", stdout, StringComparison.Ordinal);
        Assert.Contains("CONTRADICT", stdout, StringComparison.Ordinal);
        Assert.Equal(1, Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--rules", Repository.Path("rules")).Code);
    }

    [Fact]
    public void Json_output_follows_the_contract_and_is_the_same_on_every_run()
    {
        var args = new[] { "check", Repository.Path("corpus"), "--rules", Repository.Path("rules"), "--format", "json", "--fail-on", "never" };
        var (code, first, _) = Run(args);
        var (_, second, _) = Run(args);
        Assert.Equal(0, code);
        Assert.Equal(first, second);
        using var json = JsonDocument.Parse(first);
        Assert.Equal(2, json.RootElement.GetProperty("schemaVersion").GetInt32());
        var story = json.RootElement.GetProperty("stories")[0];
        Assert.False(story.TryGetProperty("schemaVersion", out _));
        foreach (var name in new[] { "story", "articles", "findings", "summary" })
            Assert.True(story.TryGetProperty(name, out _), name);
        var claim = story.GetProperty("findings")[0].GetProperty("claims")[0];
        foreach (var name in new[] { "article", "value", "normalized", "text", "sentence", "line", "column", "position" })
            Assert.True(claim.TryGetProperty(name, out _), name);
    }

    [Fact]
    public void A_contradiction_fails_the_run_unless_fail_on_is_never()
    {
        var story = Story(
            ("a.md", "Orbit Daily", "The summit in Oslo took place on March 4."),
            ("b.md", "Space Wire", "The summit in Oslo took place on March 5."));
        Assert.Equal(1, Run("check", story, "--rules", Repository.Path("rules")).Code);
        Assert.Equal(0, Run("check", story, "--rules", Repository.Path("rules"), "--fail-on", "never").Code);
    }

    [Fact]
    public void A_malformed_article_gives_one_located_error_and_exit_2()
    {
        var story = Path.Combine(_temp, "story");
        Directory.CreateDirectory(story);
        File.WriteAllText(Path.Combine(story, "a.md"), "---\noutlet: X\ntitle: T\npublished: 2025-02-30\n---\nBody.\n");
        var (code, stdout, stderr) = Run("check", story, "--rules", Repository.Path("rules"));
        Assert.Equal(2, code);
        Assert.Equal("", stdout);
        Assert.Contains("/story/a.md:4:12: error: 'published' is '2025-02-30', but February 2025 has 28 days", stderr, StringComparison.Ordinal);
        Assert.Contains("no report written", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_malformed_rule_gives_one_located_error_and_exit_2()
    {
        var rules = Path.Combine(_temp, "rules");
        Directory.CreateDirectory(rules);
        File.WriteAllText(Path.Combine(rules, "bad.yml"), "id: bad\nkind: event-date\ndescription: d\nseverity: error\nevnts:\n  x: [y]\n");
        var (code, _, stderr) = Run("rules", "--rules", rules);
        Assert.Equal(2, code);
        Assert.Contains("bad.yml:5:1: error: unknown key 'evnts'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_is_written_to_a_file_and_nothing_else_is_left()
    {
        // The story has a contradiction: the run fails (1), and the report is still complete
        var target = Path.Combine(_temp, "out", "report.md");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var (code, stdout, _) = Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--rules", Repository.Path("rules"), "--format", "markdown", "--output", target);
        Assert.Equal((1, ""), (code, stdout));
        Assert.StartsWith("# Consistency report: stoltenberg-ukraine-nato", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(target)!));
    }

    [Fact]
    public void A_report_written_over_a_file_keeps_its_mode_and_leaves_no_temporary_file()
    {
        if (OperatingSystem.IsWindows())
            return;
        var target = Path.Combine(_temp, "report.json");
        File.WriteAllText(target, "old");
        File.SetUnixFileMode(target, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead);
        var (code, _, _) = Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--format", "json", "--fail-on", "never", "--output", target);
        Assert.Equal(0, code);
        Assert.StartsWith("{", File.ReadAllText(target), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead, File.GetUnixFileMode(target));
        Assert.Equal([target], Directory.GetFiles(_temp));
    }

    [Fact]
    public void User_text_is_escaped_for_the_format_it_is_written_into()
    {
        var folder = Path.Combine(_temp, "story");
        Directory.CreateDirectory(folder);
        // An outlet name that would clear the screen and forge a report line, and quoted words that would notify and render
        File.WriteAllText(Path.Combine(folder, "a.md"), "---\noutlet: \"Daily\\e[2J\\nCONTRADICT forged\"\ntitle: T\npublished: 2025-03-06\n---\n“Thanks @alice <img src=x>, we are done,” Mayor Ada Brennan said on Monday.\n");
        File.WriteAllText(Path.Combine(folder, "b.md"), "---\noutlet: <img src=x> Wire\ntitle: T\npublished: 2025-03-06\n---\n“Thanks @alice <img src=x>, we are done,” Mayor Ada Brennan said on Monday.\n");
        var (code, text, _) = Run("check", folder, "--fail-on", "never");
        Assert.Equal(0, code);
        Assert.DoesNotContain('\u001B', text);
        Assert.Contains("Daily\\e[2J\\nCONTRADICT forged", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\nCONTRADICT forged", text, StringComparison.Ordinal);

        var (_, markdown, _) = Run("check", folder, "--fail-on", "never", "--format", "markdown");
        Assert.Contains("Thanks @&#8203;alice", markdown, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=x&gt; Wire", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("@alice", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void An_article_over_the_size_limit_is_refused_and_one_under_it_is_read()
    {
        var story = Story(("a.md", "Orbit Daily", "The summit in Oslo took place on March 4. " + string.Concat(Enumerable.Repeat("The delegates talked. ", 100))));
        var (code, stdout, stderr) = Run("check", story, "--max-article-kb", "1");
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("a.md:1:1: error: the article is larger than 1 KB, the limit", stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--max-article-kb", "3", "--fail-on", "never").Code);
    }

    [Fact]
    public void The_report_is_the_same_on_one_thread_and_on_many()
    {
        var one = Run("check", Repository.Path("corpus"), "--format", "json", "--fail-on", "never", "--threads", "1").Stdout;
        var many = Run("check", Repository.Path("corpus"), "--format", "json", "--fail-on", "never", "--threads", "4").Stdout;
        Assert.Equal(one, many);
        Assert.StartsWith("{\n  \"schemaVersion\": 2,\n  \"stories\": [\n    {", one, StringComparison.Ordinal);
    }

    [Fact]
    public void Shards_split_a_corpus_between_jobs_and_together_cover_it()
    {
        var all = StoryNames(Run("check", Repository.Path("corpus"), "--format", "json", "--fail-on", "never").Stdout);
        var parts = Enumerable.Range(1, 3).Select(i => StoryNames(Run("check", Repository.Path("corpus"), "--format", "json", "--fail-on", "never", "--shard", $"{i}/3").Stdout)).ToList();
        Assert.All(parts, p => Assert.NotEmpty(p));
        Assert.Equal(all.Order(StringComparer.Ordinal), parts.SelectMany(p => p).Order(StringComparer.Ordinal));
    }

    private static List<string> StoryNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("story").GetString()!)];
    }

    [Fact]
    public void Rule_tests_run_from_the_command_line()
    {
        var (code, stdout, _) = Run("rules", "--rules", Repository.Path("rules"), "--test");
        Assert.Equal(0, code);
        Assert.Matches(@"rule tests: \d+ passed, 0 failed", stdout);
    }

    [Fact]
    public void Extract_lists_claims_without_a_subject_too()
    {
        var (code, stdout, _) = Run("extract", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--rules", Repository.Path("rules"), "--format", "json");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var claims = json.RootElement.GetProperty("stories")[0].GetProperty("claims").EnumerateArray().ToList();
        Assert.Contains(claims, c => c.GetProperty("subject").ValueKind == JsonValueKind.Null);
        Assert.Contains(claims, c => c.GetProperty("subject").GetString() == "summit");
    }

    [Theory]
    [InlineData(2, "check")]
    [InlineData(2, "check", ".", "--format", "pdf")]
    [InlineData(2, "check", "/no/such/folder")]
    [InlineData(0, "--help")]
    [InlineData(0, "--version")]
    public void Usage_errors_exit_2_and_help_exits_0(int expected, params string[] args) =>
        Assert.Equal(expected, Run(args).Code);

    [Fact]
    public void A_failing_check_says_why_in_one_line_on_stderr_and_leaves_the_report_as_it_was()
    {
        var story = Story(
            ("a.md", "Orbit Daily", "The summit in Oslo took place on March 4."),
            ("b.md", "Space Wire", "The summit in Oslo took place on March 5."));
        var failing = Run("check", story, "--rules", Repository.Path("rules"));
        var passing = Run("check", story, "--rules", Repository.Path("rules"), "--fail-on", "never");
        Assert.Equal(1, failing.Code);
        Assert.Equal("consistencycheck: 1 finding at or above --fail-on contradict (1 contradict); exit 1." + Environment.NewLine, failing.Stderr);
        Assert.Equal((0, ""), (passing.Code, passing.Stderr));
        Assert.Equal(passing.Stdout, failing.Stdout);

        var variants = Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--rules", Repository.Path("rules"), "--fail-on", "variant");
        Assert.Equal(1, variants.Code);
        Assert.Matches(@"^consistencycheck: \d+ findings at or above --fail-on variant \(\d+ contradict, \d+ variant\); exit 1\.\r?\n$", variants.Stderr);
    }

    [Theory]
    [InlineData("--formt", "--format", "check", "{story}", "--formt", "json")]
    [InlineData("--fail-of", "--fail-on", "check", "--fail-of", "never", "{story}")]
    [InlineData("--fromat", "--format", "extract", "{story}", "--fromat", "json")]
    [InlineData("--tst", "--test", "rules", "--tst")]
    [InlineData("--verison", "--version", "--verison")]
    public void A_mistyped_option_is_a_usage_error_that_names_the_option_meant(string typed, string meant, params string[] args)
    {
        var story = Story(("a.md", "Orbit Daily", "The summit in Oslo took place on March 4."));
        var (code, stdout, stderr) = Run([.. args.Select(a => a == "{story}" ? story : a)]);
        Assert.Equal((2, ""), (code, stdout));
        Assert.StartsWith($"consistencycheck: unknown option '{typed}': did you mean '{meant}'?" + Environment.NewLine, stderr, StringComparison.Ordinal);
        Assert.Contains("--help' for usage.", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_word_like_an_option_is_never_taken_for_a_path_unless_it_follows_a_double_dash()
    {
        var story = Story(("a.md", "Orbit Daily", "The summit in Oslo took place on March 4."));
        var (code, stdout, stderr) = Run("check", story, "-q", "--rules", Repository.Path("rules"));
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("unknown option '-q'; a folder whose name starts with '-' goes after '--'", stderr, StringComparison.Ordinal);

        var (afterDashes, _, missing) = Run("check", "--rules", Repository.Path("rules"), "--", "--formt");
        Assert.Equal(2, afterDashes);
        Assert.Contains("--formt:1:1: error: no such file or folder", missing, StringComparison.Ordinal);

        var dashed = Path.Combine(_temp, "-story");
        Directory.Move(story, dashed);
        Assert.Equal(0, Run("check", "--rules", Repository.Path("rules"), "--fail-on", "never", "--", dashed).Code);
    }

    [Fact]
    public void Real_options_still_parse_in_either_spelling()
    {
        var story = Story(("a.md", "Orbit Daily", "The summit in Oslo took place on March 4."));
        foreach (var args in new[]
                 {
                     new[] { "check", story, "--rules", Repository.Path("rules"), "--format", "json", "--fail-on", "never" },
                     ["check", "--format=json", $"--rules={Repository.Path("rules")}", "--fail-on=never", story],
                 })
        {
            var (code, stdout, stderr) = Run(args);
            Assert.Equal((0, ""), (code, stderr));
            using var json = JsonDocument.Parse(stdout);
        }
    }

    [Fact]
    public void Extract_coverage_lists_the_dates_and_figures_no_rule_checks()
    {
        var story = Story(
            ("a.md", "Orbit Daily", "The summit in Oslo took place on March 4. The delegates ate 37 apples."),
            ("b.md", "Space Wire", "The summit in Oslo took place on March 4."));
        var (code, stdout, _) = Run("extract", story, "--coverage");
        Assert.Equal(0, code);
        var listed = stdout[stdout.IndexOf("Seen but not checked", StringComparison.Ordinal)..];
        Assert.Contains("(1 of 3; 1 figures (0 checked), 2 dates (2 checked))", listed, StringComparison.Ordinal);
        Assert.Contains("a.md:6:61  figure  \"37\"", listed, StringComparison.Ordinal);
        Assert.DoesNotContain("March 4", listed, StringComparison.Ordinal);

        var (_, json, _) = Run("check", story, "--format", "json");
        using var document = JsonDocument.Parse(json);
        Assert.Equal(1, document.RootElement.GetProperty("stories")[0].GetProperty("coverage").GetProperty("figures").GetInt32());
        Assert.Equal(0, document.RootElement.GetProperty("stories")[0].GetProperty("coverage").GetProperty("figuresChecked").GetInt32());
    }

    [Theory]
    [InlineData("check")]
    [InlineData("extract")]
    [InlineData("rules")]
    [InlineData("init")]
    [InlineData("diff")]
    public void Help_shows_examples_and_exit_codes(string command)
    {
        var (code, stdout, stderr) = Run(command, "--help");
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("Usage:", stdout, StringComparison.Ordinal);
        Assert.Contains($"Examples:{Environment.NewLine}  consistencycheck {command}", stdout, StringComparison.Ordinal);
        Assert.Contains("Exit codes:", stdout, StringComparison.Ordinal);
        Assert.Contains("  2  bad input or usage", stdout, StringComparison.Ordinal);
        Assert.Contains("  3  an internal error", stdout, StringComparison.Ordinal);
    }

    private string Story(params (string File, string Outlet, string Body)[] articles)
    {
        var folder = Path.Combine(_temp, "story");
        Directory.CreateDirectory(folder);
        foreach (var (file, outlet, body) in articles)
            File.WriteAllText(Path.Combine(folder, file), $"---\noutlet: {outlet}\ntitle: T\npublished: 2025-03-06\n---\n{body}\n");
        return folder;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CommandLine.Run(args);
}
