namespace ConsistencyCheck.Geography;

/// <summary>A place a name was found to name, and how.</summary>
public readonly record struct PlaceMatch(Place Place, NameMatch Match);
