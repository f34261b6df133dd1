using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>"40 ships by 2030" is a plan stated on its article's day: the target date is not the time the count holds for.</summary>
public sealed class DeadlineTests
{
    [Fact]
    public void A_plan_with_a_deadline_is_compared_with_the_same_plan_without_one()
    {
        var finding = Assert.Single(Stories.Findings("counts", 
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The navy plans to commission 40 ships by 2030."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The navy plans a fleet of 50 ships.")));
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Contains("40 ships by the end of 2030", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_for_different_deadlines_are_not_compared()
    {
        var findings = Stories.Findings("counts", 
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The navy plans to commission 40 ships by 2030."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The navy plans to commission 50 ships by 2035."));
        Assert.Equal([Verdict.Single, Verdict.Single], findings.Select(f => f.Verdict));
    }

    [Theory]
    [InlineData("2025-03-20", "The navy plans to commission 50 ships by 2030.")]
    [InlineData("2025-03-06", "The navy plans to commission 50 ships by the end of 2030.")]
    [InlineData("2025-03-06", "The navy plans to commission 50 ships in 2030.")]
    public void One_target_restated_later_or_in_other_words_is_compared(string published, string sentence)
    {
        var finding = Assert.Single(Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The navy plans to commission 40 ships by 2030."),
            Stories.Article("b", "Coast Wire", published, sentence)));
        Assert.Equal(Verdict.Contradict, finding.Verdict);
    }

    [Fact]
    public void A_date_that_names_an_event_after_by_is_no_deadline()
    {
        var finding = Assert.Single(Stories.Findings("counts",
            Stories.Article("a", "Rail Daily", "2025-03-03", "Some 30,000 passengers will be stranded by Friday's strike, the operator warned."),
            Stories.Article("b", "City Post", "2025-03-03", "Friday's strike will leave 20,000 passengers stranded, the operator said.")));
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.DoesNotContain("by", finding.Claims[0].Claim.Value.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void Three_single_outlets_giving_three_figures_for_one_plan_make_one_contradiction()
    {
        var finding = Assert.Single(Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The navy plans a fleet of 40 ships."),
            Stories.Article("b", "Bay Post", "2025-03-06", "The navy plans a fleet of 50 ships."),
            Stories.Article("c", "Gulf Times", "2025-03-06", "The navy plans a fleet of 60 ships.")));
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Equal(3, finding.Claims.Max(c => c.Position));
    }

    [Fact]
    public void Three_single_outlets_giving_figures_far_apart_are_not_compared_since_they_may_count_different_things()
    {
        var findings = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-08", "Police arrested 14 people after scuffles near the station before the match."),
            Stories.Article("b", "Bay Post", "2025-03-08", "Three fans were arrested inside the stadium for throwing flares."),
            Stories.Article("c", "Gulf Times", "2025-03-08", "Over the whole weekend, 41 people were arrested across the city, police said."));
        Assert.DoesNotContain(findings, f => f.Verdict == Verdict.Contradict);
    }

    [Fact]
    public void Three_outlets_giving_three_figures_for_one_fact_make_one_contradiction()
    {
        var finding = Assert.Single(Stories.Findings("counts", 
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The navy plans a fleet of 40 ships."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The navy plans a fleet of 40 ships."),
            Stories.Article("c", "Bay Post", "2025-03-06", "The navy plans a fleet of 50 ships."),
            Stories.Article("d", "Gulf Times", "2025-03-06", "The navy plans a fleet of 60 ships.")));
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Equal(3, finding.Claims.Max(c => c.Position));
    }
}
