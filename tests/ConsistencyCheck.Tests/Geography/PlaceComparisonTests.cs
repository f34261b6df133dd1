using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Geography;

/// <summary>Places compared through the gazetteer: one place, alternate names, containment, and names it does not know.</summary>
public sealed class PlaceComparisonTests
{
    [Theory]
    [InlineData("Vilnius, Lithuania", "Vilnius", Verdict.Agree)]
    [InlineData("Kiev", "Kyiv", Verdict.Variant)]
    [InlineData("Wilno", "Vilnius", Verdict.Variant)]
    [InlineData("Bukarest", "Bucharest", Verdict.Variant)]
    [InlineData("Ramstein Air Base, Germany", "Germany", Verdict.Compatible)]
    [InlineData("Ramstein Air Base", "Ramstein", Verdict.Compatible)]
    [InlineData("Bavaria", "Munich", Verdict.Compatible)]
    [InlineData("Austria", "Australia", Verdict.Contradict)]
    [InlineData("Slovenia", "Slovakia", Verdict.Contradict)]
    [InlineData("Vilnius", "Riga", Verdict.Contradict)]
    [InlineData("Ljublana", "Ljubljana", Verdict.Variant)]
    [InlineData("Harbour House", "Harbour House", Verdict.Agree)]
    [InlineData("Kessling Terminal, Calverton", "Calverton", Verdict.Compatible)]
    [InlineData("Harbour House", "Lisbon", Verdict.Compatible)]
    [InlineData("Harbour House", "Glass Pavilion", Verdict.Contradict)]
    public void Places_compare_by_containment_and_name(string a, string b, Verdict expected)
    {
        var x = new ReportedPlace(a, Places.Resolve(Gazetteer.Default, a));
        var y = new ReportedPlace(b, Places.Resolve(Gazetteer.Default, b));
        var forward = PlaceComparison.Compare(x, y, variantSimilarity: 85);
        var backward = PlaceComparison.Compare(y, x, variantSimilarity: 85);
        Assert.Equal(expected, forward.Verdict);
        Assert.Equal(expected, backward.Verdict);
        Assert.Contains(a.Split(',')[0], forward.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_misspelling_is_named_as_such_with_its_similarity()
    {
        var reason = PlaceComparison.Compare(new ReportedPlace("Ljublana", Places.Resolve(Gazetteer.Default, "Ljublana")),
            new ReportedPlace("Ljubljana", Places.Resolve(Gazetteer.Default, "Ljubljana")), variantSimilarity: 85).Reason;
        Assert.Equal("'Ljublana' and 'Ljubljana' are spelt alike (similarity 94%), and 'Ljublana' is not in the gazetteer: a misspelling", reason);
    }
}
