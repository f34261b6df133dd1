namespace ConsistencyCheck.Geography;

/// <summary>
/// One gazetteer entry. Entries are made once when the gazetteer loads and compared by reference: two places are the
/// same only when they are the same entry, however alike their names (Austria and Australia, Slovenia and Slovakia).
/// </summary>
public sealed class Place
{
    internal Place(string id, string name, PlaceKind kind, string countryCode, string? admin1, string? featureCode, int population)
    {
        Id = id;
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
        Admin1 = admin1;
        FeatureCode = featureCode;
        Population = population;
    }

    /// <summary>
    /// Stable and unique: <c>country:LT</c> (ISO 3166-1), <c>region:DE.08</c> (GeoNames admin1) or <c>region:UA-30</c>
    /// (ISO 3166-2, for a region GeoNames has no match for), <c>city:593116</c> (GeoNames id), <c>airport:ETAR</c> (OurAirports ident).
    /// </summary>
    public string Id { get; }

    public string Name { get; }
    public PlaceKind Kind { get; }

    /// <summary>ISO 3166-1 alpha-2 code of the country it lies in (its own for a country).</summary>
    public string CountryCode { get; }

    /// <summary>GeoNames first-level region code within the country ("08" for Rhineland-Palatinate), when known.</summary>
    public string? Admin1 { get; }

    /// <summary>GeoNames feature code of a city: PPLC capital, PPLG seat of government, PPLA region seat, PPL, ….</summary>
    public string? FeatureCode { get; }

    /// <summary>
    /// GeoNames population of a city; for a country or region the sum over its cities in the gazetteer (a ranking
    /// figure, not a census); 0 for airports.
    /// </summary>
    public int Population { get; }

    /// <summary>The next larger place: an air base's town (or region), a town's region (or country), a region's country.</summary>
    public Place? Parent { get; internal set; }

    /// <summary>A country's capital, or a region's seat (its PPLA town), when the gazetteer has it.</summary>
    public Place? Capital { get; internal set; }

    /// <summary>A national capital or seat of government.</summary>
    public bool IsCapital => FeatureCode is "PPLC" or "PPLG";

    /// <summary>The place itself, then each larger place holding it, up to the country.</summary>
    public IEnumerable<Place> Chain()
    {
        for (var place = this; place is not null; place = place.Parent)
            yield return place;
    }

    public override string ToString() => $"{Name} ({Id})";
}
