using System.Text.Json;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Story folders as newsrooms keep them, run through the command line in-process: hard-wrapped Markdown, keys of
/// their own, READMEs, nested corpora, rules of their own layered on the bundled ones, a project file, and bad stories
/// that do not sink the good ones.
/// </summary>
public sealed class StoryFolderTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cc-folders-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    // Hard-wrapped at 70 columns, with the newsroom's own key: the bundled rules must still read the wrapped figures.
    private const string Harbour = "The crane collapsed at the container terminal on Tuesday, killing at least nine\npeople and injuring 14, the port authority said.\n\nPort officials will meet on\n12 March 2025, the authority said. Two cranes stood on the quay.";
    private const string Coast = "The crane collapsed at the container terminal on Tuesday, killing at least nine\npeople and injuring 14, the harbour master said.\n\nPort officials will meet on\n12 March 2025, she said.";
    private const string Wire = "The crane collapsed at the container terminal on Tuesday, killing\n11 people and injuring 14, the harbour master said.\n\nPort officials will meet on 19 March 2025. Two cranes stood on the quay.";

    // A rule of the newsroom's own: a count of cranes, which no bundled rule reads.
    private const string CraneRule = """
        id: crane-counts
        kind: quantity
        description: How many cranes a story says there are.
        severity: error
        measure: count
        subjects:
          cranes: [crane, cranes]
        """;

    [Fact]
    public void A_new_users_story_gets_every_bundled_finding_plus_their_own_rules()
    {
        var story = Folder("harbour-story",
            ("harbour-times.md", "Harbour Times", Harbour),
            ("coast-news.md", "Coast News", Coast),
            ("wire.md", "Wire", Wire));
        File.WriteAllText(Path.Combine(story, "README.md"), "# Harbour story\n\nThree outlets on the crane collapse, 4 March 2025.\n");
        Directory.CreateDirectory(Path.Combine(_temp, "rules"));
        File.WriteAllText(Path.Combine(_temp, "rules", "crane-counts.yml"), CraneRule);

        var (code, stdout, stderr) = Run("check", story, "--format", "json", "--fail-on", "never");
        Assert.Equal((0, ""), (code, stderr));
        using var json = JsonDocument.Parse(stdout);
        var only = Assert.Single(json.RootElement.GetProperty("stories").EnumerateArray());
        Assert.Equal(3, only.GetProperty("articles").GetArrayLength());
        var findings = only.GetProperty("findings").EnumerateArray().ToList();
        var rules = findings.Select(f => f.GetProperty("rule").GetString()).ToHashSet();
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "crane-counts" && f.GetProperty("verdict").GetString() == "agree");
        // The wrapped toll is read whole, and the bundled counts rule sets 'at least nine' against '11': compatible.
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "counts" && f.GetProperty("subject").GetString() == "people killed"
            && f.GetProperty("claims").GetArrayLength() == 3);
        Assert.Contains(findings, f => f.GetProperty("rule").GetString() == "event-dates" && f.GetProperty("verdict").GetString() == "contradict");
        Assert.Equal("Ana Ruiz", only.GetProperty("articles")[0].GetProperty("extra").GetProperty("author").GetString());
    }

    [Fact]
    public void A_rule_of_the_same_id_replaces_the_bundled_one_and_a_switch_turns_one_off()
    {
        var story = Folder("harbour-story", ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        var rules = Directory.CreateDirectory(Path.Combine(_temp, "my-rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "no-dates.yml"), "id: event-dates\nenabled: false\n");
        File.WriteAllText(Path.Combine(rules, "counts.yml"), CraneRule.Replace("id: crane-counts", "id: counts", StringComparison.Ordinal));

        var (code, stdout, _) = Run("check", story, "--rules", rules, "--format", "json", "--fail-on", "never");
        Assert.Equal(0, code);
        var found = RulesOf(stdout);
        Assert.DoesNotContain("event-dates", found);
        // The replacing rule counts cranes; the bundled one it replaced counted the dead.
        using (var json = JsonDocument.Parse(stdout))
        {
            var counted = json.RootElement.GetProperty("stories")[0].GetProperty("findings").EnumerateArray()
                .Where(f => f.GetProperty("rule").GetString() == "counts").Select(f => f.GetProperty("subject").GetString()).ToList();
            Assert.Equal(["cranes"], counted);
        }

        var (_, listing, _) = Run("rules", story, "--rules", rules);
        Assert.Contains("event-dates  event-date  error (switched off by ", listing, StringComparison.Ordinal);
        Assert.Contains($"counts  quantity  error  {Shown(rules)}/counts.yml", listing, StringComparison.Ordinal);

        // Without the switch, the bundled date rule reports the meeting dates that disagree.
        File.Delete(Path.Combine(rules, "no-dates.yml"));
        Assert.Contains("event-dates", RulesOf(Run("check", story, "--rules", rules, "--format", "json", "--fail-on", "never").Stdout));
    }

    [Fact]
    public void No_bundled_rules_starts_from_nothing_and_a_switch_needs_an_earlier_rule()
    {
        var story = Folder("harbour-story", ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        var rules = Directory.CreateDirectory(Path.Combine(_temp, "my-rules")).FullName;
        File.WriteAllText(Path.Combine(rules, "cranes.yml"), CraneRule);
        var (code, stdout, _) = Run("check", story, "--rules", rules, "--no-bundled-rules", "--format", "json", "--fail-on", "never");
        Assert.Equal(0, code);
        Assert.Equal(["crane-counts"], RulesOf(stdout));

        File.WriteAllText(Path.Combine(rules, "off.yml"), "id: quotes\nenabled: false\n");
        var (bad, _, stderr) = Run("check", story, "--rules", rules, "--no-bundled-rules");
        Assert.Equal(2, bad);
        Assert.Contains("off.yml:2:10: error: no earlier rule has the id 'quotes'", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_corpus_may_nest_stories_keep_readmes_and_check_given_files_as_one_story()
    {
        var corpus = Path.Combine(_temp, "corpus");
        Folder(Path.Combine("corpus", "2025", "harbour"), ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        var coast = Folder(Path.Combine("corpus", "coast"), ("c.md", "Coast News", Coast));
        File.WriteAllText(Path.Combine(corpus, "README.md"), "# Our stories\n");
        File.WriteAllText(Path.Combine(coast, "_notes.md"), "Notes of the desk, no front matter.\n");
        Directory.CreateDirectory(Path.Combine(corpus, ".drafts"));
        File.WriteAllText(Path.Combine(corpus, ".drafts", "x.md"), "not an article\n");

        var (code, stdout, stderr) = Run("check", corpus, "--format", "json", "--fail-on", "never");
        Assert.Equal((0, ""), (code, stderr));
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal(["2025/harbour", "coast"], json.RootElement.GetProperty("stories").EnumerateArray().Select(s => s.GetProperty("story").GetString()));

        var (single, text, _) = Run("check", Path.Combine(corpus, "2025", "harbour", "a.md"), Path.Combine(coast, "c.md"), "--fail-on", "never");
        Assert.Equal(0, single);
        Assert.Contains("Story harbour: 2 articles", text, StringComparison.Ordinal);
    }

    [Fact]
    public void One_bad_story_is_listed_as_not_checked_and_the_others_are_reported()
    {
        var corpus = Path.Combine(_temp, "corpus");
        Folder(Path.Combine("corpus", "good"), ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        var bad = Folder(Path.Combine("corpus", "bad"), ("a.md", "Harbour Times", Harbour));
        File.WriteAllText(Path.Combine(bad, "b.md"), "---\noutlet: Wire\npublished: 2025-02-30\n---\nBody.\n");

        var (code, stdout, stderr) = Run("check", corpus, "--format", "json", "--fail-on", "never");
        Assert.Equal(2, code);
        Assert.Contains("bad/b.md:3:12: error:", stderr, StringComparison.Ordinal);
        Assert.Contains("1 of 2 stories not checked (the report lists them)", stderr, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(stdout);
        var stories = json.RootElement.GetProperty("stories").EnumerateArray().ToList();
        Assert.False(stories[0].GetProperty("checked").GetBoolean());
        Assert.Equal(3, stories[0].GetProperty("errors")[0].GetProperty("line").GetInt32());
        Assert.False(stories[1].TryGetProperty("checked", out _));
        Assert.NotEqual(0, stories[1].GetProperty("findings").GetArrayLength());

        var (alone, report, _) = Run("check", bad);
        Assert.Equal((2, ""), (alone, report));
    }

    [Fact]
    public void The_project_file_sets_rules_fail_on_and_ignored_files_and_rejects_unknown_keys()
    {
        var story = Folder(Path.Combine("desk", "harbour"), ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        Directory.CreateDirectory(Path.Combine(story, "drafts"));
        File.WriteAllText(Path.Combine(story, "drafts", "c.md"), Article("Draft", Coast));
        File.WriteAllText(Path.Combine(story, "scratch.notes.md"), "no front matter\n");
        var desk = Path.Combine(_temp, "desk");
        Directory.CreateDirectory(Path.Combine(desk, "house-rules"));
        File.WriteAllText(Path.Combine(desk, "house-rules", "off.yml"), "id: event-dates\nenabled: false\n");
        var project = Path.Combine(desk, ".consistencycheck.yml");

        File.WriteAllText(project, "rules: [house-rules]\nfail-on: never\nignore: ['*.notes.md', '**/drafts/**']\n");
        var (code, stdout, stderr) = Run("check", story, "--format", "json");
        Assert.Equal((0, ""), (code, stderr));
        Assert.DoesNotContain("event-dates", RulesOf(stdout));
        Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(stdout).RootElement.GetProperty("stories")[0].ValueKind);
        // The option overrides the file: the dates the two outlets give for the meeting disagree.
        File.WriteAllText(project, "fail-on: never\nignore: ['*.notes.md', '**/drafts/**']\n");
        Assert.Equal(1, Run("check", story, "--fail-on", "contradict").Code);
        Assert.Equal(0, Run("check", story).Code);

        File.WriteAllText(project, "fail-on: never\nignores: ['*.notes.md']\n");
        var (bad, _, message) = Run("check", story);
        Assert.Equal(2, bad);
        Assert.Contains(".consistencycheck.yml:2:1: error: unknown key 'ignores' in the project file: did you mean 'ignore'?", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Init_writes_a_starter_that_validates_and_never_overwrites()
    {
        var target = Path.Combine(_temp, "newsroom");
        var (code, stdout, _) = Run("init", target);
        Assert.Equal(0, code);
        Assert.Contains("rules/example-rule.yml", stdout, StringComparison.Ordinal);
        foreach (var file in new[] { ".consistencycheck.yml", "rules/schema.json", "rules/project.schema.json", "rules/example-rule.yml" })
            Assert.True(File.Exists(Path.Combine(target, file)), file);
        Assert.Equal(0, Run("rules", target, "--test").Code);
        Assert.Contains("strike-dates  event-date  warning (disabled)", Run("rules", target).Stdout, StringComparison.Ordinal);

        var (again, _, stderr) = Run("init", target);
        Assert.Equal(2, again);
        Assert.Contains(".consistencycheck.yml:1:1: error: already exists", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Strict_warns_of_unused_front_matter_keys_without_failing()
    {
        var story = Folder("harbour-story", ("a.md", "Harbour Times", Harbour), ("b.md", "Wire", Wire));
        Assert.Equal("", Run("check", story, "--fail-on", "never").Stderr);
        var (code, _, stderr) = Run("check", story, "--strict", "--fail-on", "never");
        Assert.Equal(0, code);
        Assert.Contains("a.md:4:1: warning: front-matter key 'author' is kept but not used", stderr, StringComparison.Ordinal);
    }

    private string Folder(string relative, params (string File, string Outlet, string Body)[] articles)
    {
        var folder = Path.Combine(_temp, relative);
        Directory.CreateDirectory(folder);
        foreach (var (file, outlet, body) in articles)
            File.WriteAllText(Path.Combine(folder, file), Article(outlet, body));
        return folder;
    }

    private static string Article(string outlet, string body) =>
        $"---\noutlet: {outlet}\ntitle: Crane collapse\nauthor: Ana Ruiz\npublished: 2025-03-05\n---\n{body}\n";

    private static List<string> RulesOf(string json)
    {
        using var document = JsonDocument.Parse(json);
        var stories = document.RootElement.GetProperty("stories").EnumerateArray();
        return [.. stories.SelectMany(s => s.GetProperty("findings").EnumerateArray()).Select(f => f.GetProperty("rule").GetString()!).Distinct()];
    }

    private static string Shown(string folder) => Path.GetRelativePath(Directory.GetCurrentDirectory(), folder).Replace('\\', '/') is var relative
        && !relative.StartsWith("..", StringComparison.Ordinal) ? relative : folder.Replace('\\', '/');

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CommandLine.Run(args);
}
