using System.Collections.Frozen;

namespace ConsistencyCheck.Language;

/// <summary>
/// The number vocabulary as the figure scanner walks it. The scan runs on every token of every article: the vocabulary
/// is looked up by span and its phrases are split once here, so that a token costs no allocation. Lists are copied to
/// arrays to be walked without an enumerator.
/// </summary>
internal sealed class FigureWords
{
    public FigureWords(NumberWords words)
    {
        CurrencySymbols = Lookup(words.CurrencySymbols);
        CurrencyWords = [.. words.CurrencyWords];
        ScaleWords = Lookup(words.ScaleWords);
        ScaleSuffixes = Lookup(words.ScaleSuffixes);
        Dozens = Lookup(words.Dozens);
        Fractions = Lookup(words.Fractions);
        VagueMultiples = Lookup(words.VagueMultiples);
        VagueAmounts = [.. words.VagueAmounts.Select(a => (a.Key.Split(' '), a.Value.Low, a.Value.High))];
        Bounds = [.. words.Bounds];
        Increments = Lookup(words.Increments);
        Labels = Lookup(words.Labels);
        Stops = Lookup(words.Stops);
        Elided = Lookup(words.Elided);
        Determiners = Lookup(words.Determiners);
        Durations = Lookup(words.Durations);
        Measures = Lookup(words.Measures);
        YearPrepositions = Lookup(words.YearPrepositions);
        AddressWords = Lookup(words.AddressWords);
        Percent = [.. words.Percent];
        Points = [.. words.Points];
        Clock = [.. words.Clock];
    }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> YearPrepositions { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> AddressWords { get; }

    public FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> CurrencySymbols { get; }

    public (string Phrase, string Code)[] CurrencyWords { get; }

    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleWords { get; }

    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> ScaleSuffixes { get; }

    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Dozens { get; }

    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> Fractions { get; }

    public FrozenDictionary<string, decimal>.AlternateLookup<ReadOnlySpan<char>> VagueMultiples { get; }

    /// <summary>The vague amounts in the vocabulary's order, each phrase split into its words.</summary>
    public (string[] Words, decimal Low, decimal? High)[] VagueAmounts { get; }

    public BoundPhrase[] Bounds { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Increments { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Labels { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Stops { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Elided { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Determiners { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Durations { get; }

    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Measures { get; }

    public string[] Percent { get; }

    public string[] Points { get; }

    public string[] Clock { get; }

    private static FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> Lookup<T>(FrozenDictionary<string, T> words) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup(FrozenSet<string> words) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>();
}
