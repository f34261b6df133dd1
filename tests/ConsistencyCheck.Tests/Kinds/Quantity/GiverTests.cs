using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>
/// Figures of two givers, owners or places, and a part against a whole, are two facts; figures of one must agree.
/// Each row is two one-sentence articles of one day and whether their figures contradict.
/// </summary>
public sealed class GiverTests
{
    [Theory]
    [InlineData("money-figures", "Germany pledged €1 billion in aid for the flooded region.", "Japan pledged €2 billion in aid for the flooded region.", false)]
    [InlineData("money-figures", "The EU pledged €5 billion in aid for the flooded region.", "The World Bank pledged €1 billion in aid for the flooded region.", false)]
    [InlineData("counts", "The Green Party won 34 seats in the new parliament.", "The Unity Party won 24 seats, its worst result.", false)]
    [InlineData("counts", "The Green Party won 34 seats in the new parliament.", "The Green Party won 36 seats, its best result.", true)]
    [InlineData("counts", "Twelve people were killed in Kharkiv when a missile hit a school.", "In Odesa, five people were killed overnight.", false)]
    [InlineData("counts", "Police arrested 12 protesters in Kharkiv when the march reached the square.", "In Kharkiv, police arrested 15 protesters at the square.", true)]
    [InlineData("counts", "The carmaker employs 1,200 people in Germany.", "The carmaker employs 3,000 people worldwide.", false)]
    public void Figures_of_two_givers_owners_or_places_are_two_facts(string rule, string first, string second, bool contradict)
    {
        var findings = Stories.Findings(rule,
            Stories.Article("a", "Harbour Daily", "2025-03-08", first),
            Stories.Article("b", "Coast Wire", "2025-03-08", second));
        Assert.Equal(contradict, findings.Exists(f => f.Verdict == Verdict.Contradict));
        Assert.Equal(contradict ? 1 : 2, findings.Count);
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
