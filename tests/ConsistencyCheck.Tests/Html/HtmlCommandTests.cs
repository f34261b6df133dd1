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
        Assert.Contains("<li>68 findings not listed: 68 of verdicts not shown</li>", shown, StringComparison.Ordinal);
        // Every link on the filtered page still lands on something it holds
        var ids = System.Text.RegularExpressions.Regex.Matches(shown, " id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.All(System.Text.RegularExpressions.Regex.Matches(shown, "href=\"#([^\"]+)\"").Select(m => m.Groups[1].Value), target => Assert.Contains(target, ids));
    }

    [Fact]
    public void Against_a_baseline_the_page_marks_new_findings_and_names_the_resolved()
    {
        var story = Repository.Path("corpus", "stoltenberg-ukraine-nato");
        var (_, json, _) = CommandLine.Run("check", story, "--format", "json", "--fail-on", "never");
        var root = System.Text.Json.Nodes.JsonNode.Parse(json)!;
        var findings = root["stories"]![0]!["findings"]!.AsArray();
        var first = findings[0]!;
        var (newId, newSubject) = ((string)first["id"]!, (string)first["subject"]!);
        findings.RemoveAt(0);
        findings.Add(System.Text.Json.Nodes.JsonNode.Parse("{\"id\": \"titles/nobody/00000000\", \"rule\": \"titles\", \"subject\": \"Nobody\", \"verdict\": \"variant\", \"severity\": \"error\"}"));
        var baseline = Path.Combine(_temp, "baseline.json");
        File.WriteAllText(baseline, root.ToJsonString());

        var (code, page, stderr) = CommandLine.Run("check", story, "--format", "html", "--fail-on", "never", "--baseline", baseline);
        Assert.Equal((0, ""), (code, stderr));
        Assert.Contains("<li>since the baseline: 1 new, 0 changed, 68 unchanged, 1 resolved</li>", page, StringComparison.Ordinal);
        Assert.Contains("<li>resolved: variant  Nobody  [titles]  titles/nobody/00000000</li>", page, StringComparison.Ordinal);
        Assert.Matches($"<h5>[^\n]*{System.Text.RegularExpressions.Regex.Escape(newSubject)}[^\n]* <strong class=\"flag\">new</strong></h5>", page);
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(page, "<h5>"));
        Assert.Contains(newId, page, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_temp, recursive: true);
}
