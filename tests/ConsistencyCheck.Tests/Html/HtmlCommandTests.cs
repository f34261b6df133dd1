using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Cli;
using ConsistencyCheck.Tests.Corpus;
using Xunit;

namespace ConsistencyCheck.Tests.Html;

public sealed class HtmlCommandTests : IDisposable
{
    private readonly string _temp = Directory.CreateTempSubdirectory("cc-html-").FullName;

    [Fact]
    public void Check_writes_one_page_for_several_stories_as_the_report_of_them_all_would()
    {
        var target = Path.Combine(_temp, "stories.html");
        var (code, stdout, _) = CommandLine.Run("check", Repository.Path("corpus", "stoltenberg-ukraine-nato"),
            Repository.Path("corpus", "saltmarsh-storm-running-toll"), "--format", "html", "--output", target);
        Assert.Equal((1, ""), (code, stdout));
        var page = File.ReadAllText(target);
        // Stories come in name order, each written as it is checked between the one head and the one foot
        Assert.StartsWith(HtmlReport.Start(["saltmarsh-storm-running-toll", "stoltenberg-ukraine-nato"]), page, StringComparison.Ordinal);
        Assert.EndsWith("</section>\n" + HtmlReport.End(), page, StringComparison.Ordinal);
        Assert.Contains(HtmlReport.Story(SeedStoryTests.Check(), 2, default), page, StringComparison.Ordinal);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<html"));
    }

    [Fact]
    public void Html_on_standard_output_is_the_same_page()
    {
        var story = Repository.Path("corpus", "stoltenberg-ukraine-nato");
        var target = Path.Combine(_temp, "story.html");
        var (_, stdout, _) = CommandLine.Run("check", story, "--format", "html", "--fail-on", "never");
        var (code, _, _) = CommandLine.Run("check", story, "--format", "html", "--fail-on", "never", "--output", target);
        Assert.Equal(0, code);
        Assert.Equal(File.ReadAllText(target), stdout);
        Assert.Equal(HtmlReport.Check([SeedStoryTests.Check()]), stdout);
    }

    [Fact]
    public void Show_lists_only_the_verdicts_asked_for_and_leaves_the_others_unlinked()
    {
        var story = Repository.Path("corpus", "stoltenberg-ukraine-nato");
        var (_, whole, _) = CommandLine.Run("check", story, "--format", "html", "--fail-on", "never");
        var (code, shown, _) = CommandLine.Run("check", story, "--format", "html", "--fail-on", "never", "--show", "contradict");
        Assert.Equal(0, code);
        foreach (var page in new[] { whole, shown })
        {
            Assert.Contains("<section id=\"s1-contradict\">", page, StringComparison.Ordinal);
            Assert.Contains("<a class=\"tag v-contradict\"", page, StringComparison.Ordinal);
        }
        Assert.Contains("<section id=\"s1-single\">", whole, StringComparison.Ordinal);
        Assert.Contains("<a class=\"tag v-single\"", whole, StringComparison.Ordinal);
        Assert.DoesNotContain("<section id=\"s1-single\">", shown, StringComparison.Ordinal);
        Assert.DoesNotContain("<a class=\"tag v-single\"", shown, StringComparison.Ordinal);
        Assert.Contains("68 findings not listed: 68 of verdicts not shown.", shown, StringComparison.Ordinal);
        // Every link on the filtered page still lands on something it holds
        var ids = System.Text.RegularExpressions.Regex.Matches(shown, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(System.Text.RegularExpressions.Regex.Matches(shown, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value), target => Assert.Contains(target, ids));
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
