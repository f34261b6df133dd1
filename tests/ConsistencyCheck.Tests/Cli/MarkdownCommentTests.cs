using System.Text.RegularExpressions;
using ConsistencyCheck.Reports;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>The Markdown report as a pull-request comment: what comes first, what is folded, links, escaping and the size limit.</summary>
public sealed partial class MarkdownCommentTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cc-comment-").FullName;

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    [Fact]
    public void Contradictions_come_in_full_and_the_other_findings_folded()
    {
        var story = Story(
            ("a.md", "Orbit Daily", "The summit took place on March 4. The election was held on 9 February 2025."),
            ("b.md", "Space Wire", "The summit took place on March 5. The election was held on 9 February 2025. The rocket launched on 3 May 2025."));
        var (code, md, _) = Run("check", story, "--format", "markdown", "--fail-on", "never");
        Assert.Equal(0, code);
        var contradict = md.IndexOf("\n## contradict\n", StringComparison.Ordinal);
        var fold = md.IndexOf("\n<details>\n<summary>1 more finding: 1 agree</summary>\n", StringComparison.Ordinal);
        Assert.True(contradict > 0 && fold > contradict, md);
        Assert.True(md.IndexOf("\n## agree\n", StringComparison.Ordinal) > fold, md);
        Assert.Contains("1 single finding (one outlet each) is only counted: `--show single` lists them", md, StringComparison.Ordinal);
        Assert.DoesNotContain("rocket", md, StringComparison.Ordinal);

        var singles = Run("check", story, "--format", "markdown", "--fail-on", "never", "--show", "single,contradict").Stdout;
        Assert.Contains("<summary>1 single finding: one outlet each</summary>", singles, StringComparison.Ordinal);
        Assert.Contains("3 May 2025\"", singles, StringComparison.Ordinal);
        Assert.DoesNotContain("only counted", singles, StringComparison.Ordinal);
        Assert.Equal(Count(singles, "<details>"), Count(singles, "</details>"));

        // A filter that names every verdict asks for the singles too
        var every = Run("check", story, "--format", "markdown", "--fail-on", "never", "--min-verdict", "agree").Stdout;
        Assert.Contains("<summary>1 single finding: one outlet each</summary>", every, StringComparison.Ordinal);
        Assert.DoesNotContain("only counted", every, StringComparison.Ordinal);
    }

    [Fact]
    public void Locations_link_to_the_line_when_a_base_address_is_given()
    {
        var story = Story(("a b.md", "Orbit Daily", "The summit took place on March 4."), ("c.md", "Space Wire", "\nThe summit took place on March 5."));
        var plain = Run("check", story, "--format", "markdown", "--fail-on", "never").Stdout;
        Assert.Matches("\\| `[^`]*a b\\.md:6:26` \\|", plain);

        // Outside any repository the run is in, a file has no address: its place stays code
        var outside = Run("check", story, "--format", "markdown", "--fail-on", "never", "--link-base", "https://git.example/news/blob/abc123/").Stdout;
        Assert.Matches("\\| `[^`]*a b\\.md:6:26` \\|", outside);
        Assert.DoesNotContain("git.example", outside, StringComparison.Ordinal);

        // In a repository, a file is named by its place there, however the PATH was given
        Directory.CreateDirectory(Path.Combine(_temp, ".git"));
        var linked = Run("check", story, "--format", "markdown", "--fail-on", "never", "--link-base", "https://git.example/news/blob/abc123/").Stdout;
        Assert.Matches(@"\| \[`[^`\]]*a b\.md:6:26`\]\(<https://git\.example/news/blob/abc123/story/a%20b\.md\?plain=1#L6>\) \|", linked);
        Assert.Contains("(<https://git.example/news/blob/abc123/story/c.md?plain=1#L7>)", linked, StringComparison.Ordinal);

        var templated = Run("check", story, "--format", "markdown", "--fail-on", "never", "--link-base", "https://code.example/r/-/blob/main/{path}#L{line}").Stdout;
        Assert.Contains("(<https://code.example/r/-/blob/main/story/c.md#L7>)", templated, StringComparison.Ordinal);
    }

    [Fact]
    public void Long_story_names_that_escaping_lengthens_still_keep_the_comment_within_its_limit()
    {
        for (var i = 1; i <= 12; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_temp, "corpus", new string('&', 58) + i)).FullName;
            File.WriteAllText(Path.Combine(folder, "a.md"), "---\noutlet: A\ntitle: T\npublished: 2025-03-06\n---\nThe summit took place on March 4.\n");
            File.WriteAllText(Path.Combine(folder, "b.md"), "---\noutlet: B\ntitle: T\npublished: 2025-03-06\n---\nThe summit took place on March 5.\n");
        }
        var (code, md, _) = Run("check", Path.Combine(_temp, "corpus"), "--format", "markdown", "--fail-on", "never", "--max-chars", "2000");
        Assert.Equal(0, code);
        Assert.InRange(md.Length, 1, 2000);
        Assert.Contains("**Left out at the 2,000-character limit**", md, StringComparison.Ordinal);
        Assert.Contains("&amp;&amp;…", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bar_in_a_path_does_not_split_a_table_cell()
    {
        var story = Story(("a|b.md", "Orbit Daily", "The summit took place on March 4."), ("c.md", "Space Wire", "The summit took place on March 5."));
        var md = Run("check", story, "--format", "markdown", "--fail-on", "never").Stdout;
        var row = Assert.Single(md.Split('\n'), l => l.StartsWith("| ", StringComparison.Ordinal) && l.Contains("Orbit", StringComparison.Ordinal));
        Assert.Contains("a\\|b.md:6:26`", row, StringComparison.Ordinal);
        Assert.Equal(6, UnescapedBar().Matches(row).Count);
    }

    [Theory]
    [InlineData("--link-base", "git.example/news", "--link-base 'git.example/news': give an absolute http or https address")]
    [InlineData("--link-base", "https://x.example/y#L{line}", "a template with {line} needs {path} too")]
    [InlineData("--link-base", "https://git.example/my news", "an address holds no spaces")]
    [InlineData("--max-chars", "100", "--max-chars takes 0 (no limit) or a whole number of at least 2000 characters, not '100'")]
    [InlineData("--max-chars", "-1", "not '-1'")]
    [InlineData("--max-chars", "abc", "not 'abc'")]
    [InlineData("--max-chars", "99999999999", "not '99999999999'")]
    [InlineData("--threads", "2.5", "--threads must be a whole number of 1 or more, not '2.5'")]
    [InlineData("--max-article-kb", "lots", "--max-article-kb must be a whole number of 1 or more, not 'lots'")]
    public void A_bad_link_base_limit_or_number_is_a_usage_error(string option, string value, string message)
    {
        var story = Story(("a.md", "Orbit Daily", "The summit took place on March 4."));
        var (code, stdout, stderr) = Run("check", story, "--format", "markdown", option, value);
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains(message, stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--format", "markdown").Code);
    }

    [Fact]
    public void Markdown_options_with_another_format_are_refused()
    {
        var story = Story(("a.md", "Orbit Daily", "The summit took place on March 4."));
        var (code, stdout, stderr) = Run("check", story, "--link-base", "https://git.example/x");
        Assert.Equal((2, ""), (code, stdout));
        Assert.Contains("--link-base shapes the Markdown report, and --format is text: add --format markdown", stderr, StringComparison.Ordinal);
        Assert.Contains("--max-chars shapes", Run("check", story, "--format", "json", "--max-chars", "5000").Stderr, StringComparison.Ordinal);
        Assert.Equal(0, Run("check", story, "--format", "markdown", "--link-base", "https://git.example/x", "--max-chars", "5000").Code);
    }

    [Fact]
    public void Marks_that_markdown_html_or_github_would_read_are_escaped()
    {
        var story = Story(
            ("a.md", "@newsdesk #12 *Wire* :tada: www.wire.example GH-42", "The summit took place on March 4, said <b>Ada</b>, paying $5 and $6 | [x](y) ~~z~~."),
            ("b.md", "Space_Wire `x`", "The summit took place on March 5."));
        var md = Run("check", story, "--format", "markdown", "--fail-on", "never").Stdout;
        Assert.Contains("@&#8203;newsdesk #&#8203;12 \\*Wire\\*", md, StringComparison.Ordinal);
        Assert.Contains("Space\\_Wire \\`x\\`", md, StringComparison.Ordinal);
        var table = string.Join('\n', md.Split('\n').Where(l => l.StartsWith("| ", StringComparison.Ordinal)));
        Assert.Contains(":&#8203;tada: www&#8203;.wire.example GH&#8203;-42", md, StringComparison.Ordinal);
        Assert.DoesNotMatch("@[a-z]|(?<!&)#[0-9]|<b>|:tada|www\\.|GH-4", md);
        // Every row of a table keeps its columns: no bar inside a cell goes unescaped
        Assert.All(table.Split('\n').Where(l => l.Contains("Orbit", StringComparison.Ordinal) || l.Contains("newsdesk", StringComparison.Ordinal)),
            row => Assert.Equal(6, UnescapedBar().Matches(row).Count));
    }

    [Fact]
    public void The_bundled_corpus_fits_a_comment_keeping_every_story_and_contradiction_and_says_what_it_left_out()
    {
        var (code, whole, _) = Run("check", Repository.Path("corpus"), "--format", "markdown", "--fail-on", "never", "--max-chars", "0");
        Assert.Equal(0, code);
        Assert.True(whole.Length > MarkdownReport.CommentLimit, $"the whole report is {whole.Length} characters: the limit is not tested");
        Assert.DoesNotContain("Left out", whole, StringComparison.Ordinal);

        var comment = Run("check", Repository.Path("corpus"), "--format", "markdown", "--fail-on", "never").Stdout;
        Assert.InRange(comment.Length, MarkdownReport.CommentLimit / 2, MarkdownReport.CommentLimit);
        Assert.Equal(Count(whole, "\n# Consistency report: ") , Count(comment, "\n# Consistency report: "));
        Assert.Equal(Count(whole, "\n## contradict\n"), Count(comment, "\n## contradict\n"));
        Assert.Equal(Count(comment, "<details>"), Count(comment, "</details>"));
        var end = Regex.Match(comment, @"\*\*Left out at the 60,000-character limit\*\*: (?<each>[^;.]*)[;.]");
        Assert.True(end.Success, comment[^400..]);
        var leftOut = end.Groups["each"].Value.Split(", ").Sum(part => int.Parse(part.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Count(whole, "\n### ") - Count(comment, "\n### "), leftOut);

        // Tighter, the stories with contradictions keep them before quiet stories keep their summaries
        var tight = Run("check", Repository.Path("corpus"), "--format", "markdown", "--fail-on", "never", "--max-chars", "20000").Stdout;
        var shown = tight.Split("# Consistency report: ")[1..];
        var urgent = shown.Count(story => Regex.IsMatch(story, "\n## (contradict|internal)\n"));
        Assert.True(urgent >= 3 && shown.Length - urgent < urgent, $"{urgent} of {shown.Length} stories shown keep a contradiction");
        Assert.Contains("all of ", tight[tight.IndexOf("**Left out", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public void A_small_limit_keeps_the_summaries_and_is_met()
    {
        var (_, comment, _) = Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"), "--format", "markdown", "--fail-on", "never", "--max-chars", "2000");
        Assert.InRange(comment.Length, 1, 2000);
        Assert.StartsWith("# Consistency report: stoltenberg-ukraine-nato", comment, StringComparison.Ordinal);
        Assert.Contains("**Left out at the 2,000-character limit**: 1 contradict, 5 variant, 4 compatible, 4 agree. The whole report", comment, StringComparison.Ordinal);
    }

    private static int Count(string text, string part) => Regex.Matches(text, Regex.Escape(part)).Count;

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex UnescapedBar();

    private string Story(params (string File, string Outlet, string Body)[] articles)
    {
        var folder = Path.Combine(_temp, "story");
        Directory.CreateDirectory(folder);
        foreach (var (file, outlet, body) in articles)
            File.WriteAllText(Path.Combine(folder, file), $"---\noutlet: \"{outlet}\"\ntitle: T\npublished: 2025-03-06\n---\n{body}\n");
        return folder;
    }

    private static (int Code, string Stdout, string Stderr) Run(params string[] args) => CommandLine.Run(args);
}
