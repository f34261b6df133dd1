using System.Text.Json;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary><c>check DRAFT.md --against SOURCE...</c> as a user runs it: the example draft in docs, its exit codes and its bad input.</summary>
public sealed class DraftCheckTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cc-draft-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private static string Example(params string[] parts) => Repository.Path(["docs", "examples", "draft", .. parts]);

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) =>
        CommandLine.Run([.. args, "--rules", Repository.Path("rules")]);

    [Fact]
    public void A_draft_a_source_contradicts_fails_the_run_unless_fail_on_is_never()
    {
        var (code, stdout, stderr) = Run("check", Example("draft.md"), "--against", Example("sources"));
        Assert.Equal(1, code);
        Assert.Contains("against 3 sources: 9 claims", stdout, StringComparison.Ordinal);
        Assert.Contains("CONTRADICTED  people employed", stdout, StringComparison.Ordinal);
        Assert.Equal("consistencycheck: 1 claim of the draft at or above --fail-on contradict (1 contradicted); exit 1.\n", stderr.Replace("\r\n", "\n", StringComparison.Ordinal));

        var never = Run("check", Example("draft.md"), "--against", Example("sources"), "--fail-on", "never");
        Assert.Equal((0, stdout, ""), never);
    }

    [Fact]
    public void A_draft_no_source_contradicts_passes_and_a_variant_of_a_warning_rule_fails_it_only_with_fail_on_variant_and_fail_level_warning()
    {
        // The Valley Post spells the mayor's name without its accent, and contradicts nothing
        var source = Example("sources", "valley-post-2026-03-14.md");
        var (code, stdout, stderr) = Run("check", Example("draft.md"), "--against", source);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("VARIANT  Kovac", stdout, StringComparison.Ordinal);
        // Spellings are a warning rule: their variant fails the draft once --fail-level lets warnings count, as in check
        Assert.Equal(0, Run("check", Example("draft.md"), "--against", source, "--fail-on", "variant").Code);
        var warned = Run("check", Example("draft.md"), "--against", source, "--fail-on", "variant", "--fail-level", "warning");
        Assert.Equal(1, warned.Code);
        Assert.Contains("1 claim of the draft at or above --fail-on variant from rules at or above --fail-level warning (1 variant)", warned.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Sources_may_be_files_and_folders_together_and_json_gives_each_claim_its_status()
    {
        var (code, stdout, _) = Run("check", Example("draft.md"), "--against", Example("sources", "coast-wire-2026-03-14.md"),
            Example("sources"), "--format", "json", "--fail-on", "never");
        Assert.Equal(0, code);
        using var json = JsonDocument.Parse(stdout);
        var draft = json.RootElement.GetProperty("draft");
        Assert.Equal("Harbour Gazette", draft.GetProperty("outlet").GetString());
        Assert.Equal(3, draft.GetProperty("sources").GetArrayLength());
        var statuses = draft.GetProperty("claims").EnumerateArray().Select(c => c.GetProperty("status").GetString()).ToList();
        Assert.Equal(["confirmed", "updated", "contradicted", "unconfirmed", "unconfirmed", "confirmed", "compatible", "confirmed", "variant"], statuses);
        var contradicted = draft.GetProperty("claims")[2].GetProperty("sources")[0];
        Assert.Equal(("contradicts", "Coast Wire", 11), (contradicted.GetProperty("relation").GetString(), contradicted.GetProperty("outlet").GetString(), contradicted.GetProperty("line").GetInt32()));
    }

    [Fact]
    public void The_markdown_report_is_the_one_the_engine_writes()
    {
        var (code, stdout, _) = Run("check", Example("draft.md"), "--against", Example("sources"), "--format", "markdown", "--fail-on", "never");
        Assert.Equal(0, code);
        Assert.StartsWith("# Pre-publication check: ", stdout, StringComparison.Ordinal);
        Assert.Contains("| contradicted | 1 |", stdout, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_draft_is_bad_input_naming_it()
    {
        var missing = Path.Combine(_temp, "nowhere.md");
        var (code, stdout, stderr) = Run("check", missing, "--against", Example("sources"));
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("nowhere.md:1:1: error: no such file: give the draft article (*.md) before --against", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_also_given_as_a_source_is_bad_input_whether_named_or_inside_a_folder()
    {
        var named = Run("check", Example("draft.md"), "--against", Example("sources"), Example("draft.md"));
        Assert.Equal((2, ""), (named.Code, named.Stdout));
        Assert.Contains("draft.md:1:1: error: is the draft: a draft cannot confirm itself", named.Stderr, StringComparison.Ordinal);

        var story = Path.Combine(_temp, "story");
        Directory.CreateDirectory(story);
        File.Copy(Example("draft.md"), Path.Combine(story, "draft.md"));
        File.Copy(Example("sources", "coast-wire-2026-03-14.md"), Path.Combine(story, "coast-wire.md"));
        var inside = Run("check", Path.Combine(story, "draft.md"), "--against", story);
        Assert.Equal((2, ""), (inside.Code, inside.Stdout));
        Assert.Contains("story/draft.md:1:1: error: is the draft", inside.Stderr, StringComparison.Ordinal);

        // The same folder without the draft in it is a good source
        File.Move(Path.Combine(story, "draft.md"), Path.Combine(_temp, "draft.md"));
        Assert.Equal(1, Run("check", Path.Combine(_temp, "draft.md"), "--against", story).Code);
    }

    [Fact]
    public void No_sources_several_drafts_or_a_folder_as_the_draft_are_usage_errors()
    {
        var none = CommandLine.Run("check", Example("draft.md"), "--against");
        Assert.Equal((2, ""), (none.Code, none.Stdout));
        Assert.Contains("consistencycheck: Required argument missing for option: '--against'.", none.Stderr, StringComparison.Ordinal);
        var beforeAnOption = CommandLine.Run("check", Example("draft.md"), "--against", "--format", "json");
        Assert.Equal((2, ""), (beforeAnOption.Code, beforeAnOption.Stdout));
        Assert.StartsWith("consistencycheck: --against needs a value before --format\n", beforeAnOption.Stderr.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);

        var two = Run("check", Example("draft.md"), Example("sources", "coast-wire-2026-03-14.md"), "--against", Example("sources", "valley-post-2026-03-14.md"));
        Assert.Equal((2, ""), (two.Code, two.Stdout));
        Assert.Contains("--against checks one draft, but 2 PATHs were given", two.Stderr, StringComparison.Ordinal);

        var folder = Run("check", Example("sources"), "--against", Example("draft.md"));
        Assert.Equal((2, ""), (folder.Code, folder.Stdout));
        Assert.Contains("sources:1:1: error: is a folder: the draft is one article file", folder.Stderr, StringComparison.Ordinal);

        var empty = Path.Combine(_temp, "empty");
        Directory.CreateDirectory(empty);
        var noArticles = Run("check", Example("draft.md"), "--against", empty);
        Assert.Equal((2, ""), (noArticles.Code, noArticles.Stdout));
        Assert.Contains("empty:1:1: error: the folder holds no Markdown articles", noArticles.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void The_report_file_is_written_whole_and_a_source_is_never_overwritten()
    {
        var target = Path.Combine(_temp, "review.md");
        var (code, stdout, _) = Run("check", Example("draft.md"), "--against", Example("sources"), "--format", "markdown", "--output", target);
        Assert.Equal((1, ""), (code, stdout));
        Assert.StartsWith("# Pre-publication check", File.ReadAllText(target), StringComparison.Ordinal);

        var source = Example("sources", "coast-wire-2026-03-14.md");
        var before = File.ReadAllText(source);
        var refused = Run("check", Example("draft.md"), "--against", Example("sources"), "--output", source);
        Assert.Equal(2, refused.Code);
        Assert.Contains("is an article being checked", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(source));
    }

    [Fact]
    public void A_draft_the_project_file_ignores_is_still_checked_but_ignored_sources_are_not()
    {
        foreach (var (folder, file, source) in new[] { ("drafts", "draft.md", Example("draft.md")), ("sources", "coast-wire.md", Example("sources", "coast-wire-2026-03-14.md")) })
        {
            Directory.CreateDirectory(Path.Combine(_temp, folder));
            File.Copy(source, Path.Combine(_temp, folder, file));
        }
        var draft = Path.Combine(_temp, "drafts", "draft.md");
        File.WriteAllText(Path.Combine(_temp, ".consistencycheck.yml"), "ignore: ['drafts/**']\n");
        var (code, stdout, _) = Run("check", draft, "--against", Path.Combine(_temp, "sources"));
        Assert.Equal(1, code);
        Assert.Contains("against 1 source: ", stdout, StringComparison.Ordinal);

        File.WriteAllText(Path.Combine(_temp, ".consistencycheck.yml"), "ignore: ['drafts/**', 'sources/**']\n");
        var ignored = Run("check", draft, "--against", Path.Combine(_temp, "sources"));
        Assert.Equal((2, ""), (ignored.Code, ignored.Stdout));
        Assert.Contains("every source here is ignored by the project file's 'ignore' patterns", ignored.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void A_draft_with_bad_front_matter_gives_its_error_and_no_report()
    {
        var draft = Path.Combine(_temp, "draft.md");
        File.WriteAllText(draft, "---\noutlet: Harbour Gazette\ntitle: T\npublished: 2026-02-30\n---\nThe port employs 1,200 people.\n");
        var (code, stdout, stderr) = Run("check", draft, "--against", Example("sources"));
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("draft.md:4:12: error: 'published' is '2026-02-30', but February 2026 has 28 days", stderr, StringComparison.Ordinal);
        Assert.Contains("no report written", stderr, StringComparison.Ordinal);
    }
}
