using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using Xunit;

namespace ConsistencyCheck.Tests.Geography;

public sealed class PlaceNameTests
{
    [Theory]
    [InlineData("Kraków", "Krakow")]
    [InlineData("Łódź", "Lodz")]
    [InlineData("Kraków", "Krako\u0301w")]
    [InlineData("Hồ Chí Minh", "Ho Chi Minh")]
    [InlineData("Ærøskøbing", "aeroskobing")]
    public void Claims_fold_places_without_diacritics_as_the_gazetteer_does(string a, string b)
    {
        Assert.Equal(Places.Fold(b), Places.Fold(a));
        Assert.True(Places.MayBeSame(Gazetteer.Default, a, b));
        Assert.Equal(PlaceName.Fold(b), PlaceName.Fold(a));
    }

    [Theory]
    [InlineData("ŁÓDŹ", "lodz")]
    [InlineData("Zoë Straße", "zoe strasse")]
    [InlineData("Sant Cugat del Vallès", "sant cugat del valles")]
    [InlineData("Cafe\u0301", "cafe")]
    public void Folding_drops_case_and_diacritics_and_keeps_the_rest(string text, string folded) => Assert.Equal(folded, Places.Fold(text));

    [Fact]
    public void Every_latin_letter_folds_to_ascii_or_keeps_its_lower_case()
    {
        Span<char> folded = stackalloc char[2];
        for (var c = '\u00C0'; c <= '\u1EFF'; c++)
        {
            if (c == '\u0250')
                c = '\u1E00';
            if (!char.IsLetter(c))
                continue;
            var length = PlaceName.Letter(c, folded);
            foreach (var f in folded[..length])
                Assert.True(char.IsAsciiLetterLower(f) || f == char.ToLowerInvariant(c), $"U+{(int)c:X4} folds to U+{(int)f:X4}");
        }
    }

    [Theory]
    [InlineData("Reading", true)]
    [InlineData("reading", false)]
    [InlineData("al-Hasakah", true)]
    [InlineData("de Panne", true)]
    [InlineData("democracy Now", false)]
    [InlineData("'s-Hertogenbosch", true)]
    [InlineData("", false)]
    public void Only_names_written_as_names_are_capitalised(string text, bool expected) =>
        Assert.Equal(expected, PlaceName.IsCapitalised(text));

    [Fact]
    public void A_country_named_in_the_sentence_says_which_place_a_name_means()
    {
        var inContext = Stories.Findings("place-names",
            Stories.Article("a", "Harbour Daily", "2026-03-09", "He was born in the Ukrainian port city of Odessa in 1984."),
            Stories.Article("b", "Coast Wire", "2026-03-09", "She grew up in Odesa before moving abroad."));
        Assert.Equal(ConsistencyCheck.Verdicts.Verdict.Variant, Assert.Single(inContext).Verdict);

        var alone = Stories.Findings("place-names",
            Stories.Article("a", "Harbour Daily", "2026-03-09", "He was born in Odessa in 1984."),
            Stories.Article("b", "Coast Wire", "2026-03-09", "She grew up in Odesa before moving abroad."));
        Assert.Empty(alone);
    }
}
