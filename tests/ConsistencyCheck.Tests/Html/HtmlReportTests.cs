using System.Text;
using System.Text.RegularExpressions;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Corpus;
using ConsistencyCheck.Tests.Snapshots;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Html;

public sealed partial class HtmlReportTests
{
    [Fact]
    public void The_seed_story_page_matches_its_snapshot() =>
        Snapshot.Verify(HtmlReport.Check([SeedStoryTests.Check()]), "SeedStory.html", "html");

    [Fact]
    public void Every_link_on_the_page_has_its_target_and_no_id_is_used_twice()
    {
        var page = HtmlReport.Check([SeedStoryTests.Check(), Check(RunningToll())]);
        var ids = Ids().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        var links = Links().Matches(page).Select(m => m.Groups[1].Value).ToList();
        Assert.Contains("s2-f1", links); // the second story's anchors are its own
        Assert.DoesNotContain(links, l => !ids.Contains(l));
    }

    [Fact]
    public void Each_mark_links_to_its_finding_and_the_finding_links_back()
    {
        var report = SeedStoryTests.Check();
        var page = HtmlReport.Check([report]);
        var contradiction = report.Findings.Select((f, i) => (f, i)).First(x => x.f.Verdict == Verdict.Contradict).i + 1;
        // The odd one out, Obasanjo News' "NATO commander", is labelled in its article and marked in the finding
        var label = Regex.Match(page, $"<a class=\"tag v-contradict\" id=\"(s1-c\\d+)\" href=\"#s1-f{contradiction}\">contradict");
        Assert.True(label.Success);
        var finding = page[page.IndexOf($"id=\"s1-f{contradiction}\"", StringComparison.Ordinal)..];
        finding = finding[..finding.IndexOf("</article>", StringComparison.Ordinal)];
        Assert.Contains($"href=\"#{label.Groups[1].Value}\"", finding, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"odd\"><th scope=\"row\">Obasanjo News</th><td><a href=\"#s1-c\\d+\">“NATO commander", finding);
        Assert.Single(Regex.Matches(finding, "odd one out"));
    }

    [Fact]
    public void Hostile_text_in_front_matter_and_body_is_escaped()
    {
        var page = HtmlReport.Check([Hostile()]);

        Assert.DoesNotContain("<script", page, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>", page, StringComparison.Ordinal);
        Assert.Contains("Harbour Times &amp; &lt;b&gt;Sons&lt;/b&gt;", page, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;", page, StringComparison.Ordinal);
        Assert.Contains("the storm &lt;script&gt;alert(&quot;body&quot;)&lt;/script&gt; &amp; &#39;more&#39; on &quot;", page, StringComparison.Ordinal);
        Assert.Contains("</mark>&quot; &lt; <mark", page, StringComparison.Ordinal);
        // The claim in the hostile article is still marked and labelled: escaping kept the offsets right
        Assert.Contains("<p><mark class=\"v-updated\">Eleven</mark>", page, StringComparison.Ordinal);
    }

    [Fact]
    public void Escape_writes_every_mark_html_reads_as_an_entity_and_shows_control_characters()
    {
        Assert.Equal("&lt;script&gt;a&amp;b &quot;c&quot; &#39;d&#39;&lt;/script&gt;", HtmlReport.Escape("<script>a&b \"c\" 'd'</script>"));
        Assert.Equal("bell\\x07 and \\e[2J", HtmlReport.Escape("bell\a and \u001b[2J"));
        Assert.Equal("plain words", HtmlReport.Escape("plain words"));
    }

    [Fact]
    public void The_timeline_runs_in_time_order_across_outlets()
    {
        var report = Check(RunningToll());
        var timeline = HtmlReport.Timeline(report);

        var order = timeline.Select(e => (e.Day, e.Time ?? TimeOnly.MinValue)).ToList();
        Assert.Equal(order.OrderBy(o => o.Day).ThenBy(o => o.Item2), order);
        // The storm's landfall (dated by two outlets, two days before) opens it; the toll's reports follow their moments
        Assert.Equal(TimelineKind.Event, timeline[0].Kind);
        Assert.Equal(new DateOnly(2026, 3, 12), timeline[0].Day);
        Assert.Equal(["Harbour Times", "Valley Post"], timeline[0].Claims.Select(c => c.Article.Outlet).Order(StringComparer.Ordinal));
        var figures = timeline.Where(e => e.Kind == TimelineKind.Figure).ToList();
        Assert.Equal(["Harbour Times", "Valley Post", "Coast Wire"], figures.Select(f => f.Claims[0].Article.Outlet));
        Assert.Equal([false, false, true], figures.Select(f => f.Latest));
        // Each article's publication stands before the figure it reports at the same moment, and after the earlier ones
        var kinds = timeline.Select(e => e.Kind).ToList();
        Assert.Equal([TimelineKind.Event, TimelineKind.Published, TimelineKind.Figure, TimelineKind.Published, TimelineKind.Figure,
            TimelineKind.Published, TimelineKind.Figure], kinds);

        // The page shows the rows in that order
        var page = HtmlReport.Check([report]);
        var rows = Regex.Matches(page, "<tr class=\"(event|figure|published)\">").Select(m => m.Groups[1].Value);
        Assert.Equal(kinds.Select(k => k.ToString().ToLowerInvariant()), rows);
    }

    [Fact]
    public void Several_stories_make_one_page_with_an_index_and_a_section_each()
    {
        var page = HtmlReport.Check([Check(RunningToll()), SeedStoryTests.Check()]);
        Assert.Single(Regex.Matches(page, "<html lang=\"en\">"));
        Assert.Contains("<nav aria-label=\"Stories\">", page, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"#s2\">stoltenberg-ukraine-nato</a></li>", page, StringComparison.Ordinal);
        Assert.Contains("<section class=\"story\" id=\"s1\"", page, StringComparison.Ordinal);
        Assert.Contains("<section class=\"story\" id=\"s2\"", page, StringComparison.Ordinal);

        var one = HtmlReport.Check([SeedStoryTests.Check()]);
        Assert.DoesNotContain("<nav aria-label=\"Stories\">", one, StringComparison.Ordinal);
    }

    [Fact]
    public void A_story_that_was_not_checked_says_why()
    {
        var story = Stories.Of(Stories.Article("a", "Harbour Times", "2026-03-14", "Eleven people were killed."));
        var page = HtmlReport.Check([StoryReport.NotChecked(story, [new InputError("a.md", 3, 1, "the <date> is wrong")])]);
        Assert.Contains("<strong>Not checked:</strong> 1 error in its input.", page, StringComparison.Ordinal);
        Assert.Contains("a.md:3:1: error: the &lt;date&gt; is wrong", page, StringComparison.Ordinal);
    }

    /// <summary>A story whose outlet, title and words hold HTML: an escape that failed would run a script or add markup.</summary>
    internal static StoryReport Hostile() => Check(Stories.Of(
        File("hostile", "Harbour Times & <b>Sons</b>", "<script>alert(\"x\")</script> & 'y'", "2026-03-14T08:05",
            "Eleven people were killed in the storm \\<script>alert(\"body\")\\</script> & 'more' on \"Friday\" < Saturday > Sunday."),
        File("calm", "Coast Wire", "Calm", "2026-03-14T15:20", "Nineteen people were killed in the storm.")));

    private static SourceFile[] RunningToll() =>
    [
        File("coast", "Coast Wire", "Toll rises", "2026-03-14T15:20", "Nineteen people were killed in the storm, officials said."),
        File("harbour", "Harbour Times", "Storm hits", "2026-03-14T08:05",
            "At least nine people were killed in the storm, officials said.\n\nThe storm made landfall on Thursday, March 12."),
        File("valley", "Valley Post", "Storm toll", "2026-03-14T11:30",
            "Fourteen people were killed in the storm, officials said.\n\nThe storm made landfall on March 12, 2026."),
    ];

    private static SourceFile File(string name, string outlet, string title, string published, string body) =>
        new($"{name}.md", Encoding.UTF8.GetBytes($"---\noutlet: {outlet}\ntitle: {title}\npublished: {published}\nurl: null\n---\n{body}\n"));

    private static StoryReport Check(SourceFile[] files) => Check(Stories.Of(files));

    private static StoryReport Check(Story story) => new Checker(Stories.BundledRules()).Check(story);

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Ids();

    [GeneratedRegex("href=\"#([^\"]+)\"")]
    private static partial Regex Links();
}
