using System.Runtime.CompilerServices;

namespace ConsistencyCheck.Geography;

/// <summary>
/// Folded name → the places it names, ranked once when the index is built so that a lookup only slices an array:
/// no allocation per query. Each key's run holds its name matches first and its demonym matches after them.
/// The keys stay in the Dictionary that numbered them while building, looked up by span through its alternate lookup:
/// a FrozenDictionary of the same 170,000 keys took about half a second more to build on the project's busy 2-core
/// machine, more than the whole load may take, for lookups that allocate no less.
/// </summary>
internal sealed class NameIndex
{
    private readonly PlaceMatch[] matches;
    private readonly Run[] runs;
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;

    private NameIndex(PlaceMatch[] matches, Run[] runs, Dictionary<string, int> keyIds)
    {
        this.matches = matches;
        this.runs = runs;
        lookup = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Keys => runs.Length;

    /// <summary>The places a folded key names (not as a demonym), best first.</summary>
    public ReadOnlySpan<PlaceMatch> Names(scoped ReadOnlySpan<char> key) =>
        lookup.TryGetValue(key, out var id) ? matches.AsSpan(runs[id].Start, runs[id].Names) : [];

    /// <summary>The places a folded key is the demonym of, best first.</summary>
    public ReadOnlySpan<PlaceMatch> Demonyms(scoped ReadOnlySpan<char> key) =>
        lookup.TryGetValue(key, out var id) ? matches.AsSpan(runs[id].Start + runs[id].Names, runs[id].Demonyms) : [];

    /// <summary>Where one key's matches lie in the shared array.</summary>
    private readonly record struct Run(int Start, int Names, int Demonyms);

    /// <summary>Collects (name, place, how) triples, then ranks each key's places once.</summary>
    public sealed class Builder
    {
        private readonly Dictionary<string, int> keyIds = new(200_000, StringComparer.Ordinal);
        private readonly List<(int Key, Place Place, NameMatch Match)> entries = new(250_000);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Add(ReadOnlySpan<char> name, Place place, NameMatch match)
        {
            if (name.IsEmpty || name.Length > PlaceName.MaxLength)
                return;
            Span<char> buffer = stackalloc char[PlaceName.BufferLength];
            var key = PlaceName.Key(name, buffer);
            if (key.IsEmpty)
                return;
            var ids = keyIds.GetAlternateLookup<ReadOnlySpan<char>>();
            if (!ids.TryGetValue(key, out var id))
            {
                id = keyIds.Count;
                ids[key] = id;
            }
            entries.Add((id, place, match));
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public NameIndex Build()
        {
            // Bucket the entries by key (a counting sort: keys are dense ids), then rank each small bucket.
            var starts = new int[keyIds.Count + 1];
            foreach (var entry in entries)
                starts[entry.Key + 1]++;
            for (var i = 1; i < starts.Length; i++)
                starts[i] += starts[i - 1];
            var fill = (int[])starts.Clone();
            var sorted = new PlaceMatch[entries.Count];
            foreach (var (key, place, match) in entries)
                sorted[fill[key]++] = new PlaceMatch(place, match);

            // Ranked buckets are compacted in place: dropping duplicates only ever moves a match to the left.
            var runs = new Run[keyIds.Count];
            var end = 0;
            for (var k = 0; k < runs.Length; k++)
            {
                var bucket = sorted.AsSpan(starts[k], starts[k + 1] - starts[k]);
                bucket.Sort(Rank);
                var start = end;
                int names = 0, demonyms = 0;
                foreach (var found in bucket)
                {
                    // The same place under one key twice (its name and its ASCII spelling): keep the better match only.
                    if (SamePlaceSeen(sorted.AsSpan(start, end - start), found))
                        continue;
                    sorted[end++] = found;
                    if (found.Match == NameMatch.Demonym)
                        demonyms++;
                    else
                        names++;
                }
                runs[k] = new Run(start, names, demonyms);
            }
            return new NameIndex(sorted, runs, keyIds);
        }

        private static bool SamePlaceSeen(ReadOnlySpan<PlaceMatch> kept, PlaceMatch found)
        {
            foreach (var match in kept)
            {
                if (ReferenceEquals(match.Place, found.Place) && (match.Match == NameMatch.Demonym) == (found.Match == NameMatch.Demonym))
                    return true;
            }
            return false;
        }

        /// <summary>
        /// Demonyms after names; countries before other places, whether by main or alternate name (their names are
        /// curated: "Holland" is the Netherlands before Holland, Michigan); then main names before alternates, which
        /// GeoNames fills with noise (Austin is also "Waterloo"); then capitals, regions, towns, air bases and airports in
        /// that order ("Georgia" is the country, then the US state); then the larger population; then the id, so that
        /// the order never depends on the data's row order.
        /// </summary>
        private static int Rank(PlaceMatch a, PlaceMatch b)
        {
            var order = (a.Match == NameMatch.Demonym).CompareTo(b.Match == NameMatch.Demonym);
            if (order == 0)
                order = (a.Place.Kind != PlaceKind.Country).CompareTo(b.Place.Kind != PlaceKind.Country);
            if (order == 0)
                order = a.Match.CompareTo(b.Match);
            if (order == 0)
                order = Tier(a.Place).CompareTo(Tier(b.Place));
            if (order == 0)
                order = b.Place.Population.CompareTo(a.Place.Population);
            return order != 0 ? order : string.CompareOrdinal(a.Place.Id, b.Place.Id);
        }

        private static int Tier(Place place) => place.Kind switch
        {
            PlaceKind.Country => 0,
            PlaceKind.City when place.IsCapital => 1,
            PlaceKind.Region => 2,
            PlaceKind.City => 3,
            PlaceKind.AirBase => 4,
            _ => 5,
        };
    }
}
