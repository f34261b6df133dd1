using ConsistencyCheck.Geography;
using Xunit;

namespace ConsistencyCheck.Tests.Geography;

/// <summary>Properties of the whole gazetteer that single spec rows cannot show.</summary>
public sealed class GazetteerTests
{
    private static readonly string[] Names =
        ["Vilnius", "Kiev", "Wilno", "Georgia", "Ramstein Air Base", "Rheinland-Pfalz", "Łódź", "reading", "UK", "Nowhere", "the Lithuanian capital"];

    [Fact]
    public void Lookups_do_not_allocate()
    {
        var gazetteer = Gazetteer.Default;
        var found = Lookups(gazetteer); // first calls JIT-compile and may allocate
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++)
            found += Lookups(gazetteer);
        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.True(found > 0);
    }

    [Fact]
    public void Every_place_lies_in_a_country_of_its_own_code()
    {
        foreach (var place in Gazetteer.Default.Places)
        {
            var top = place.Chain().Last();
            Assert.Equal(PlaceKind.Country, top.Kind);
            Assert.Equal(place.CountryCode, top.CountryCode);
        }
    }

    [Fact]
    public void Ids_are_unique_and_found_again()
    {
        var gazetteer = Gazetteer.Default;
        Assert.Equal(gazetteer.Places.Count, gazetteer.Places.Select(p => p.Id).Distinct(StringComparer.Ordinal).Count());
        Assert.All(gazetteer.Places.Take(500), p => Assert.Same(p, gazetteer.Get(p.Id)));
        Assert.Null(gazetteer.Get("city:0"));
    }

    [Fact]
    public void Every_main_name_finds_its_place_when_capitalised()
    {
        // A place must be among the matches of its own name, whatever else shares that name.
        var gazetteer = Gazetteer.Default;
        foreach (var place in gazetteer.Places.Where(p => p.Name.Length <= PlaceName.MaxLength && PlaceName.IsCapitalised(p.Name) && PlaceName.Fold(p.Name).Length >= 3))
        {
            var found = false;
            foreach (var match in gazetteer.Find(place.Name))
                found |= ReferenceEquals(match.Place, place);
            Assert.True(found, $"{place} is not found by its name");
        }
    }

    [Fact]
    public void The_data_holds_what_the_readme_promises()
    {
        var places = Gazetteer.Default.Places;
        Assert.Equal(250, places.Count(p => p.Kind == PlaceKind.Country));
        Assert.InRange(places.Count(p => p.Kind == PlaceKind.City), 50_000, 60_000);
        Assert.All(places.Where(p => p.Kind == PlaceKind.City), p => Assert.True(p.Population >= 5_000 || p.IsCapital, p.ToString()));
        Assert.InRange(places.Count(p => p.Kind == PlaceKind.AirBase), 700, 1_000);
    }

    private static int Lookups(Gazetteer gazetteer)
    {
        var found = 0;
        foreach (var name in Names)
        {
            found += gazetteer.Find(name).Length + gazetteer.FindDemonym(name).Length;
            found += gazetteer.Resolve(name) is null ? 0 : 1;
        }
        return found;
    }
}
