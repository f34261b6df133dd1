namespace ConsistencyCheck.Geography;

/// <summary>
/// Countries, first-level regions, towns of 5,000 people or more (and every capital), air bases and airports, with
/// their alternate spellings and demonyms, from GeoNames, world-countries, i18n-iso-countries and OurAirports
/// (data/gazetteer/README.md). Loaded once, on first use, from files embedded in the engine. Lookups are exact on the
/// folded name (<see cref="PlaceName"/>): no fuzzy matching, so "Austria" never finds Australia.
/// </summary>
public sealed class Gazetteer
{
    private static readonly Lazy<Gazetteer> Loaded = new(GazetteerReader.Read);

    private readonly NameIndex index;
    private readonly Dictionary<string, Place> byId;

    internal Gazetteer(IReadOnlyList<Place> places, NameIndex index, Dictionary<string, Place> byId)
    {
        Places = places;
        this.index = index;
        this.byId = byId;
    }

    /// <summary>The gazetteer, read on first use (thread-safe) and kept.</summary>
    public static Gazetteer Default => Loaded.Value;

    /// <summary>Every entry, in file order: countries, regions, towns, airports.</summary>
    public IReadOnlyList<Place> Places { get; }

    /// <summary>How many distinct folded names the index holds.</summary>
    public int NameCount => index.Keys;

    /// <summary>The entry with this <see cref="Place.Id"/> ("city:593116"), if any.</summary>
    public Place? Get(string id) => byId.GetValueOrDefault(id);

    /// <summary>
    /// The places <paramref name="name"/> names, best first: countries, then main names before alternates, then
    /// capitals, regions, towns, air bases, airports, then by population. Empty unless the name is written as one: it
    /// must be capitalised ("Reading", not "reading"), and an acronym finds only acronyms ("UK", not "NATO").
    /// </summary>
    public ReadOnlySpan<PlaceMatch> Find(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[PlaceName.BufferLength];
        var key = Key(name, buffer);
        return key.IsEmpty ? [] : index.Names(key);
    }

    /// <summary>The places whose adjective or people <paramref name="word"/> is ("Lithuanian", "Swedes"), best first.</summary>
    public ReadOnlySpan<PlaceMatch> FindDemonym(ReadOnlySpan<char> word)
    {
        Span<char> buffer = stackalloc char[PlaceName.BufferLength];
        var key = Key(word, buffer);
        return key.IsEmpty ? [] : index.Demonyms(key);
    }

    /// <summary>
    /// The one place a phrase most likely means: a name ("Vilnius"), or a capital described through its country or region:
    /// "the Lithuanian capital", "Lithuania's capital", "the capital of Lithuania", "the Bavarian capital city".
    /// </summary>
    public Place? Resolve(ReadOnlySpan<char> phrase)
    {
        phrase = phrase.Trim();
        if (phrase.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
            phrase = phrase[4..].TrimStart();
        if (phrase.StartsWith("capital of ", StringComparison.OrdinalIgnoreCase))
            return CapitalOf(Find(phrase["capital of ".Length..]));
        foreach (var tail in (ReadOnlySpan<string>)[" capital city", " capital"])
        {
            if (!phrase.EndsWith(tail, StringComparison.OrdinalIgnoreCase))
                continue;
            var owner = phrase[..^tail.Length].TrimEnd();
            if (owner.EndsWith("'s", StringComparison.Ordinal) || owner.EndsWith("\u2019s", StringComparison.Ordinal))
                return CapitalOf(Find(owner[..^2]));
            return CapitalOf(FindDemonym(owner));
        }
        var found = Find(phrase);
        return found.IsEmpty ? null : found[0].Place;
    }

    /// <summary>The country a word names ("Ukraine") or, with <paramref name="demonyms"/>, describes ("Ukrainian"); null for any other word.</summary>
    public Place? CountryOf(ReadOnlySpan<char> word, bool demonyms)
    {
        if (demonyms && FindDemonym(word) is [var described, ..])
            return described.Place.Kind == PlaceKind.Country ? described.Place : null;
        return Find(word) is [var named, ..] && named.Place.Kind == PlaceKind.Country ? named.Place : null;
    }

    /// <summary>
    /// The place a name means in a sentence that names countries: the best match that lies in one of them ("the
    /// Ukrainian port city of Odessa" is Odesa, not the Texan town whose main name it is), else the best match.
    /// </summary>
    internal static Place InContext(ReadOnlySpan<PlaceMatch> found, IReadOnlyCollection<Place> countries)
    {
        if (countries.Count == 0)
            return found[0].Place;
        // A place of the kind the name names first (a town for a town), then any
        Place? inside = null;
        foreach (var match in found)
        {
            if (!match.Place.Chain().Any(countries.Contains))
                continue;
            if (match.Place.Kind == found[0].Place.Kind)
                return match.Place;
            inside ??= match.Place;
        }
        return inside ?? found[0].Place;
    }

    /// <summary>
    /// Whether <paramref name="inner"/> lies within <paramref name="outer"/> or is it: air base ⊂ town ⊂ region ⊂ country,
    /// by the town's region code, the air base's municipality and region, and the country code. False across entries
    /// that merely share a name.
    /// </summary>
    public static bool Contains(Place outer, Place inner)
    {
        for (var place = inner; place is not null; place = place.Parent)
        {
            if (ReferenceEquals(place, outer))
                return true;
        }
        return false;
    }

    private static Place? CapitalOf(ReadOnlySpan<PlaceMatch> owners)
    {
        foreach (var owner in owners)
        {
            if (owner.Place.Capital is { } capital)
                return capital;
        }
        return null;
    }

    /// <summary>The key of a name written as one, else empty (the guards of <see cref="Find"/>).</summary>
    private static ReadOnlySpan<char> Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        name = name.Trim();
        return name.Length > PlaceName.MaxLength || !PlaceName.IsCapitalised(name) ? [] : PlaceName.Key(name, buffer);
    }
}
