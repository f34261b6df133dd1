using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Verdicts;

/// <summary>Money figures of two givers are two facts; of one giver, they must agree.</summary>
public sealed class GiverTests
{
    [Fact]
    public void Pledges_of_two_countries_are_not_compared()
    {
        var findings = Stories.Findings("money-figures", 
            Stories.Article("a", "Harbour Daily", "2025-03-06", "Germany pledged €1 billion in aid for the flooded region."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "Japan pledged €2 billion in aid for the flooded region."));
        Assert.Equal([Verdict.Single, Verdict.Single], findings.Select(f => f.Verdict));
    }

    [Fact]
    public void Pledges_of_one_country_that_differ_contradict_whether_or_not_the_giver_is_named()
    {
        var findings = Stories.Findings("money-figures", 
            Stories.Article("a", "Harbour Daily", "2025-03-06", "Germany pledged €1 billion in aid for the flooded region."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The region will get €2 billion in aid from Germany."),
            Stories.Article("c", "Bay Post", "2025-03-06", "The region will get €1 billion in aid."));
        var finding = Assert.Single(findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Equal("Coast Wire", finding.Claims.Single(c => c.Position == 2).Claim.Article.Outlet);
    }
}
