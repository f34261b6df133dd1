using ConsistencyCheck.Cli;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// <c>consistencycheck stories --changed</c>, which the pull-request workflow runs on <c>git diff --name-only</c>: a
/// repository of my own with nested stories, a rules folder at the top and one inside the corpus, and folders that are
/// no stories.
/// </summary>
public sealed class ChangedStoriesTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("cc-stories-").FullName;

    public ChangedStoriesTests()
    {
        foreach (var file in new[]
        {
            "rules/counts.yml", "docs/guide.md", "README.md",
            "corpus/flood/river-post.md", "corpus/flood/hill-times.md", "corpus/flood/answer-key.yml", "corpus/flood/README.md",
            "corpus/2025/rules/local.yml",
            "corpus/2025/quake/wire.md", "corpus/2025/quake/aftershock/wire.md",
            "corpus/with space/a b.md",
            "corpus/café/wire.md",
            "corpus/_drafts/draft.md", "corpus/.notes/note.md",
            "corpus/emptied/README.md",
        })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "---\noutlet: Test\npublished: 2026-01-01\n---\nText.\n");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<string> Changed(params string[] paths) => [.. ChangedStories.Of(_root, "corpus", paths).Select(s => Path.GetRelativePath(_root, s).Replace('\\', '/'))];

    [Fact]
    public void A_changed_article_names_its_story_folder_and_other_files_name_none()
    {
        Assert.Equal(["corpus/flood"], Changed("corpus/flood/river-post.md", "corpus/flood/hill-times.md"));
        Assert.Empty(Changed("corpus/flood/answer-key.yml", "corpus/flood/README.md", "README.md", "docs/guide.md", "corpus/_drafts/draft.md", "corpus/.notes/note.md"));
    }

    [Fact]
    public void A_nested_story_is_its_own_folder_not_the_one_above_it()
    {
        Assert.Equal(["corpus/2025/quake/aftershock"], Changed("corpus/2025/quake/aftershock/wire.md"));
        Assert.Equal(["corpus/2025/quake"], Changed("corpus/2025/quake/wire.md"));
    }

    [Fact]
    public void A_deleted_or_renamed_article_names_its_folder_while_the_folder_still_holds_articles()
    {
        // git diff --no-renames lists a rename as the old path and the new one; the old file no longer exists
        Assert.Equal(["corpus/2025/quake", "corpus/flood"], Changed("corpus/flood/old-name.md", "corpus/2025/quake/wire.md"));
        // A story whose articles are all gone, or whose folder is gone, has nothing left to check
        Assert.Empty(Changed("corpus/emptied/wire.md", "corpus/gone/wire.md"));
    }

    [Fact]
    public void A_change_to_rules_or_a_project_file_names_every_story_it_applies_to()
    {
        string[] all = ["corpus/2025/quake", "corpus/2025/quake/aftershock", "corpus/café", "corpus/flood", "corpus/with space"];
        Assert.Equal(all, Changed("rules/counts.yml"));
        Assert.Equal(all, Changed(".consistencycheck.yml"));
        Assert.Equal(["corpus/2025/quake", "corpus/2025/quake/aftershock"], Changed("corpus/2025/rules/local.yml"));
        Assert.Equal(["corpus/2025/quake", "corpus/2025/quake/aftershock"], Changed("corpus/2025/.consistencycheck.yml"));
        Assert.Equal(all, ChangedStories.All(_root, "corpus").Select(s => Path.GetRelativePath(_root, s).Replace('\\', '/')));
    }

    [Fact]
    public void A_folder_the_project_file_ignores_is_no_story()
    {
        File.WriteAllText(Path.Combine(_root, ".consistencycheck.yml"), "ignore: ['corpus/flood/**']\n");
        Assert.Empty(Changed("corpus/flood/river-post.md"));
        Assert.Equal(["corpus/2025/quake"], Changed("corpus/2025/quake/wire.md"));
    }

    [Fact]
    public void Paths_come_one_a_line_or_nul_separated_and_git_quoted_paths_are_unquoted()
    {
        Assert.Equal(["corpus/with space/a b.md", "corpus/flood/river-post.md"], ChangedStories.ReadPaths("corpus/with space/a b.md\r\ncorpus/flood/river-post.md\n"));
        Assert.Equal(["corpus/with space/a b.md", "rules/counts.yml"], ChangedStories.ReadPaths("corpus/with space/a b.md\0rules/counts.yml\0"));
        Assert.Equal(["corpus/café/wire.md", "a\"b.md"], ChangedStories.ReadPaths("\"corpus/caf\\303\\251/wire.md\"\n\"a\\\"b.md\"\n"));
        Assert.Equal(["corpus/café", "corpus/with space"], Changed([.. ChangedStories.ReadPaths("\"corpus/caf\\303\\251/wire.md\"\ncorpus/with space/a b.md\n")]));
    }

    [Fact]
    public void The_command_reads_the_list_from_standard_input_or_a_file_and_prints_one_folder_a_line()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Shell.Run(["stories", "corpus", "--root", _root, "--changed", "-"], stdout, stderr, terminal: false,
            new StringReader("corpus/with space/a b.md\nrules/counts.yml\n"));
        Assert.Equal((0, ""), (code, stderr.ToString()));
        var root = _root.Replace('\\', '/');
        Assert.Equal($"{root}/corpus/2025/quake\n{root}/corpus/2025/quake/aftershock\n{root}/corpus/café\n{root}/corpus/flood\n{root}/corpus/with space\n", stdout.ToString());

        var list = Path.Combine(_root, "changed.txt");
        File.WriteAllText(list, "corpus/flood/river-post.md\n");
        Assert.Equal((0, $"{root}/corpus/flood\n", ""), CommandLine.Run("stories", "corpus", "--root", _root, "--changed", list));
    }

    [Fact]
    public void A_missing_list_or_corpus_is_bad_input_naming_it()
    {
        var (code, stdout, stderr) = CommandLine.Run("stories", "corpus", "--root", _root, "--changed", Path.Combine(_root, "nowhere.txt"));
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("nowhere.txt:1:1: error: no such file: give --changed the list of changed paths", stderr, StringComparison.Ordinal);
        var noCorpus = CommandLine.Run("stories", "stories", "--root", _root);
        Assert.Equal((2, ""), (noCorpus.Code, noCorpus.Stdout));
        Assert.Contains("stories:1:1: error: no such folder below --root", noCorpus.Stderr, StringComparison.Ordinal);
    }
}
