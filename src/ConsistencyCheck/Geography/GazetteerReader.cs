using System.Globalization;
using System.IO.Compression;
using System.Runtime.CompilerServices;
using System.Text;

namespace ConsistencyCheck.Geography;

/// <summary>
/// Reads the gazetteer embedded in the engine: the generated <c>Data/*.tsv.gz</c> files (see data/gazetteer/README.md)
/// and the curated <c>Data/aliases.tsv</c>. Each file starts with a header row; lists inside a cell are '|'-separated.
/// </summary>
internal sealed class GazetteerReader
{
    private const string Prefix = "ConsistencyCheck.Geography.Data.";

    private readonly List<Place> places = new(64_000);
    private readonly NameIndex.Builder index = new();
    private readonly Dictionary<string, Place> countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Place> regions = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Place> cities = new(64_000);

    public static Gazetteer Read()
    {
        var reader = new GazetteerReader();
        var capitals = reader.Countries();
        reader.Regions();
        reader.Cities();
        reader.Airports();
        foreach (var (country, city) in capitals)
            country.Capital = reader.cities[city];
        var byId = reader.places.ToDictionary(p => p.Id, StringComparer.Ordinal);
        reader.Aliases(byId);
        return new Gazetteer(reader.places, reader.index.Build(), byId);
    }

    /// <summary>A gazetteer of the given places only, each known by its name and its alternate names: for tests.</summary>
    internal static Gazetteer Of(params (Place Place, string[] Alternates)[] entries)
    {
        var reader = new GazetteerReader();
        foreach (var (place, alternates) in entries)
            reader.Add(place, [], string.Join('|', alternates));
        return new Gazetteer(reader.places, reader.index.Build(), reader.places.ToDictionary(p => p.Id, StringComparer.Ordinal));
    }

    /// <summary>Reads the countries and returns each one's capital town id, joined once the towns are read.</summary>
    private List<(Place Country, int City)> Countries()
    {
        var capitals = new List<(Place Country, int City)>();
        Span<Range> cells = stackalloc Range[7];
        foreach (var range in Lines("countries.tsv.gz", out var file))
        {
            var line = Row(file.AsSpan(range), cells);
            var code = line[cells[0]].ToString();
            var country = Add(new Place("country:" + code, line[cells[1]].ToString(), PlaceKind.Country, code, null, null, Number(line[cells[3]])),
                line[cells[2]], line[cells[6]]);
            var demonyms = line[cells[5]];
            foreach (var demonym in demonyms.Split('|'))
                index.Add(demonyms[demonym], country, NameMatch.Demonym);
            countries.Add(code, country);
            if (!line[cells[4]].IsEmpty)
                capitals.Add((country, Number(line[cells[4]])));
        }
        return capitals;
    }

    private void Regions()
    {
        var within = new List<(Place Region, string Parent)>();
        Span<Range> cells = stackalloc Range[9];
        foreach (var range in Lines("regions.tsv.gz", out var file))
        {
            var line = Row(file.AsSpan(range), cells);
            var key = line[cells[0]].ToString();
            var country = countries[line[cells[1]].ToString()];
            var admin1 = line[cells[2]].IsEmpty ? null : line[cells[2]].ToString();
            var region = Add(new Place("region:" + key, line[cells[5]].ToString(), PlaceKind.Region, country.CountryCode, admin1, null, Number(line[cells[7]])),
                line[cells[6]], line[cells[8]]);
            region.Parent = country;
            regions.Add(key, region);
            // An ISO region finer than GeoNames' admin1 (a Belgian province in Flanders) lies inside that admin1.
            if (!line[cells[4]].IsEmpty)
                within.Add((region, line[cells[4]].ToString()));
        }
        foreach (var (region, parent) in within)
            region.Parent = regions[parent];
    }

    // Optimised at once rather than tiered: it runs once, over 52,000 rows, and tier-0 code made it several times slower.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Cities()
    {
        var features = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryOf = countries.GetAlternateLookup<ReadOnlySpan<char>>();
        var regionOf = regions.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> regionKey = stackalloc char[32];
        Span<Range> cells = stackalloc Range[8];
        foreach (var range in Lines("cities.tsv.gz", out var file))
        {
            var line = Row(file.AsSpan(range), cells);
            var country = countryOf[line[cells[4]]];
            var admin1 = line[cells[5]];
            Place? region = null;
            // The region's key "CC.admin1" is written into a buffer, so that no string is made per row for it.
            if (!admin1.IsEmpty && regionKey.TryWrite(CultureInfo.InvariantCulture, $"{country.CountryCode}.{admin1}", out var written))
                regionOf.TryGetValue(regionKey[..written], out region);
            var feature = line[cells[3]].ToString();
            feature = features.TryGetValue(feature, out var known) ? known : features[feature] = feature;
            var city = Add(new Place("city:" + line[cells[0]].ToString(), line[cells[1]].ToString(), PlaceKind.City, country.CountryCode,
                region?.Admin1 ?? (admin1.IsEmpty ? null : admin1.ToString()), feature, Number(line[cells[6]])), line[cells[2]], line[cells[7]]);
            city.Parent = region ?? country;
            cities.Add(Number(line[cells[0]]), city);
            // A region's seat is its most populous PPLA town; rows come in id order, so ties cannot reorder it.
            if (feature == "PPLA" && region is not null && (region.Capital is null || region.Capital.Population < city.Population))
                region.Capital = city;
        }
    }

    private void Airports()
    {
        Span<Range> cells = stackalloc Range[7];
        foreach (var range in Lines("airports.tsv.gz", out var file))
        {
            var line = Row(file.AsSpan(range), cells);
            var country = countries[line[cells[3]].ToString()];
            var region = line[cells[4]].IsEmpty ? null : regions[line[cells[4]].ToString()];
            var kind = line[cells[2]].SequenceEqual("airbase") ? PlaceKind.AirBase : PlaceKind.Airport;
            var airport = Add(new Place("airport:" + line[cells[0]].ToString(), line[cells[1]].ToString(), kind, country.CountryCode, region?.Admin1, null, 0),
                [], line[cells[6]]);
            airport.Parent = line[cells[5]].IsEmpty ? region ?? country : cities[Number(line[cells[5]])];
        }
    }

    private void Aliases(Dictionary<string, Place> byId)
    {
        Span<Range> cells = stackalloc Range[3];
        foreach (var range in Lines("aliases.tsv", out var file))
        {
            if (file.AsSpan(range).StartsWith('#'))
                continue;
            var line = Row(file.AsSpan(range), cells);
            var target = line[cells[0]].ToString();
            if (!byId.TryGetValue(target, out var place))
                throw new InvalidOperationException($"aliases.tsv names '{target}', which the gazetteer does not hold");
            var how = line[cells[1]] switch
            {
                "name" => NameMatch.Alternate,
                "demonym" => NameMatch.Demonym,
                var other => throw new InvalidOperationException($"aliases.tsv: '{other}' is neither 'name' nor 'demonym'"),
            };
            index.Add(line[cells[2]], place, how);
        }
    }

    /// <summary>Adds a place with its main name, its second main name (ASCII or official spelling) and its alternates.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Place Add(Place place, ReadOnlySpan<char> name2, ReadOnlySpan<char> alternates)
    {
        places.Add(place);
        index.Add(place.Name, place, NameMatch.Main);
        index.Add(name2, place, NameMatch.Main);
        foreach (var alternate in alternates.Split('|'))
            index.Add(alternates[alternate], place, NameMatch.Alternate);
        return place;
    }

    /// <summary>Splits a row into exactly as many cells as <paramref name="cells"/> holds, and returns the row.</summary>
    private static ReadOnlySpan<char> Row(ReadOnlySpan<char> line, Span<Range> cells)
    {
        var found = line.Split(cells, '\t');
        return found == cells.Length && line.Count('\t') == cells.Length - 1
            ? line
            : throw new InvalidOperationException($"a gazetteer row has {line.Count('\t') + 1} cells, not {cells.Length}: {line}");
    }

    private static int Number(ReadOnlySpan<char> text) => int.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>The data lines of an embedded file, header left out: spans of the file read as one string, not a string each.</summary>
    private static MemoryExtensions.SpanSplitEnumerator<char> Lines(string name, out string text)
    {
        using var resource = typeof(GazetteerReader).Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"the embedded gazetteer file {name} is missing from the build");
        using var stream = name.EndsWith(".gz", StringComparison.Ordinal) ? new GZipStream(resource, CompressionMode.Decompress) : resource;
        using var reader = new StreamReader(stream, Encoding.UTF8);
        text = reader.ReadToEnd();
        var lines = text.AsSpan().TrimEnd('\n').Split('\n');
        lines.MoveNext();
        return lines;
    }
}
