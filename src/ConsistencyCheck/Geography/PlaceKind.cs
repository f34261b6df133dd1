namespace ConsistencyCheck.Geography;

/// <summary>What a gazetteer entry is, from the largest to the smallest.</summary>
public enum PlaceKind : byte
{
    Country,

    /// <summary>A first-level region: a state, province, oblast, voivodeship, nation of the UK.</summary>
    Region,

    /// <summary>A populated place: city, town, district (a GeoNames P feature).</summary>
    City,

    /// <summary>A military airfield: air base, naval air station, army airfield.</summary>
    AirBase,

    /// <summary>A civil airport (medium or large).</summary>
    Airport,
}
