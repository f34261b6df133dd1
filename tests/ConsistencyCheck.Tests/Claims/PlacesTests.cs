using ConsistencyCheck.Claims;
using Xunit;

namespace ConsistencyCheck.Tests.Claims;

public sealed class PlacesTests
{
    [Theory]
    [InlineData("Kraków", "krakow")]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Zoë Straße", "zoe strasse")]
    [InlineData("Sant Cugat del Vallès", "sant cugat del valles")]
    [InlineData("Cafe\u0301", "cafe")]
    public void Folding_drops_case_and_diacritics(string text, string folded) => Assert.Equal(folded, Places.Fold(text));

    [Fact]
    public void A_place_with_and_without_its_diacritics_may_be_the_same() => Assert.True(Places.MayBeSame("Kraków, Poland", "Krakow"));
}
