using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Verdicts;

/// <summary>Figures of two givers or two owners are two facts; of one, they must agree.</summary>
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

    [Fact]
    public void Seats_won_by_two_parties_are_two_facts_and_by_one_party_are_compared()
    {
        var twoParties = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2027-03-08", "The Green Party won 34 seats in the new parliament."),
            Stories.Article("b", "Coast Wire", "2027-03-08", "The Unity Party won 24 seats, its worst result."));
        Assert.Equal([Verdict.Single, Verdict.Single], twoParties.Select(f => f.Verdict));

        var oneParty = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2027-03-08", "The Green Party won 34 seats in the new parliament."),
            Stories.Article("b", "Coast Wire", "2027-03-08", "The Green Party won 36 seats, its best result."));
        Assert.Equal(Verdict.Contradict, Assert.Single(oneParty).Verdict);
    }

    [Fact]
    public void Tolls_of_two_cities_are_two_facts_and_of_one_city_are_compared()
    {
        var twoCities = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-08", "Twelve people were killed in Kharkiv when a missile hit a school."),
            Stories.Article("b", "Coast Wire", "2025-03-08", "In Odesa, five people were killed overnight."));
        Assert.Equal([Verdict.Single, Verdict.Single], twoCities.Select(f => f.Verdict));

        var oneCity = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-08", "Twelve people were killed in Kharkiv when a missile hit a school."),
            Stories.Article("b", "Coast Wire", "2025-03-08", "Fifteen people were killed in Kharkiv overnight."));
        Assert.Equal(Verdict.Contradict, Assert.Single(oneCity).Verdict);
    }

    [Fact]
    public void A_figure_of_one_place_is_never_set_against_a_whole()
    {
        var findings = Stories.Findings("counts",
            Stories.Article("a", "Harbour Daily", "2025-03-08", "The carmaker employs 1,200 people in Germany."),
            Stories.Article("b", "Coast Wire", "2025-03-08", "The carmaker employs 3,000 people worldwide."));
        Assert.Equal([Verdict.Single, Verdict.Single], findings.Select(f => f.Verdict));
    }
}
