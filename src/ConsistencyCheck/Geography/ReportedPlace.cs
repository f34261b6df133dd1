using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Geography;

/// <summary>A place as an article names it, and the gazetteer's entry for it when there is one.</summary>
public sealed class ReportedPlace(string written, Place? known) : ClaimValue
{
    public string Written { get; } = written;

    /// <summary>The name folded for comparing spellings, kept because spelling checks compare it with every other name.</summary>
    internal string Folded { get; } = Places.Fold(written);

    /// <summary>The gazetteer's entry; null for a place it does not know, which is then compared by name only.</summary>
    public Place? Known { get; } = known;

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("name", Written),
        new("place", Known?.Id),
        new("placeName", Known?.Name),
        new("country", Known?.CountryCode),
    ];

    public override bool SameAs(ClaimValue other) => other is ReportedPlace place && place.Written == Written && ReferenceEquals(place.Known, Known);

    public override string Describe() => Written;

    public override string Resolution => Known is { } place
        ? $"{Written}: {string.Join(", ", place.Chain().Select(p => p.Name))} ({place.Id} in the gazetteer)"
        : $"{Written}: not in the gazetteer";
}
