using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>
/// A running figure (a toll) reported at different times of one day, by articles that give the time they were
/// published: a rise in order is an update naming the latest figure, a fall of a rising figure or two reports of one
/// moment that differ stay contradictions.
/// </summary>
public sealed class RunningFigureTests
{
    internal static SourceFile At(string name, string outlet, string timestamp, string body) =>
        new($"{name}.md", Encoding.UTF8.GetBytes($"---\noutlet: {outlet}\ntitle: Storm\npublished: {timestamp}\nurl: null\n---\n{body}\n"));

    private static List<Finding> Killed(params SourceFile[] articles) =>
        [.. new Checker(Stories.BundledRules()).Check(Stories.Of(articles)).Findings.Where(f => f.Rule.Id == "counts" && f.Subject == "people killed")];

    [Fact]
    public void A_toll_that_rises_through_the_day_is_an_update_naming_the_latest_figure()
    {
        var findings = Killed(
            At("a", "Harbour Times", "2026-03-14T08:05:00+01:00", "Officials said 12 people were killed when the storm hit the port."),
            At("b", "Valley Post", "2026-03-14T13:40:00+01:00", "The storm has killed 19 people, officials said."),
            At("c", "Coast Wire", "2026-03-14T18:10:00+01:00", "At least 23 people were killed in the storm, officials said."));
        var update = Assert.Single(findings);
        Assert.Equal(Verdict.Updated, update.Verdict);
        Assert.Equal("Coast Wire", update.Grounds.Timeline!.Latest.Article.Outlet);
        Assert.Contains("14 March 2026 18:10", update.Latest(), StringComparison.Ordinal);
        Assert.Contains("the latest is at least 23 people (Coast Wire, 14 March 2026 18:10)", update.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_later_report_of_fewer_dead_still_contradicts()
    {
        var findings = Killed(
            At("a", "Harbour Times", "2026-03-14T08:05:00+01:00", "Officials said 23 people were killed when the storm hit the port."),
            At("b", "Valley Post", "2026-03-14T18:10:00+01:00", "The storm has killed 12 people, officials said."));
        Assert.Contains(findings, f => f.Verdict == Verdict.Contradict);
        Assert.DoesNotContain(findings, f => f.Verdict == Verdict.Updated);
    }

    [Fact]
    public void A_count_of_missing_may_fall_as_people_are_found()
    {
        var findings = new Checker(Stories.BundledRules()).Check(Stories.Of(
            At("a", "Harbour Times", "2026-03-14T08:05:00+01:00", "Nine fishermen were missing after the storm, the coast guard said."),
            At("b", "Valley Post", "2026-03-14T18:10:00+01:00", "Three fishermen were missing after the storm, the coast guard said."))).Findings;
        Assert.Contains(findings, f => f.Verdict == Verdict.Updated && f.Grounds.Timeline!.Latest.Article.Outlet == "Valley Post");
    }

    [Fact]
    public void On_a_day_without_times_a_toll_given_as_risen_comes_after_one_that_is_not()
    {
        var findings = Killed(
            Stories.Article("a", "Harbour Times", "2026-03-14", "Officials said 12 people were killed when the storm hit the port."),
            Stories.Article("b", "Valley Post", "2026-03-14", "The storm's death toll rose to 19, officials said."));
        var update = Assert.Single(findings);
        Assert.Equal(Verdict.Updated, update.Verdict);
        Assert.Equal("Valley Post", update.Grounds.Timeline!.Latest.Article.Outlet);
    }

    [Fact]
    public void The_json_report_gives_the_latest_figure_of_each_running_count_at_the_top()
    {
        var report = new Checker(Stories.BundledRules()).Check(Stories.Of(
            At("a", "Harbour Times", "2026-03-14T08:05:00+01:00", "Officials said 12 people were killed when the storm hit the port."),
            At("b", "Coast Wire", "2026-03-14T18:10:00+01:00", "At least 23 people were killed in the storm, officials said.")));
        using var json = System.Text.Json.JsonDocument.Parse(JsonReport.Check([report]));
        var latest = Assert.Single(json.RootElement.GetProperty("stories")[0].GetProperty("latest").EnumerateArray());
        Assert.Equal("b", latest.GetProperty("claim").GetProperty("article").GetString());
        Assert.Equal("18:10:00", latest.GetProperty("claim").GetProperty("publishedTime").GetString());
        Assert.Equal(1, json.RootElement.GetProperty("stories")[0].GetProperty("summary").GetProperty("updated").GetInt32());
    }

    [Fact]
    public void A_report_without_running_figures_has_no_latest_list()
    {
        var report = new Checker(Stories.BundledRules()).Check(Stories.Of(
            Stories.Article("a", "Harbour Times", "2026-03-14", "Officials said 12 people were killed when the storm hit the port.")));
        using var json = System.Text.Json.JsonDocument.Parse(JsonReport.Check([report]));
        Assert.False(json.RootElement.GetProperty("stories")[0].TryGetProperty("latest", out _));
        Assert.Equal(1, json.RootElement.GetProperty("stories")[0].GetProperty("summary").GetProperty("single").GetInt32());
    }
}
