using System.Collections.Frozen;
using System.Globalization;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Language;

/// <summary>What a bound or hedge does to a figure's interval.</summary>
internal enum Bound : byte
{
    Exact,
    Above,
    AtLeast,
    AtMost,
    Below,
    Nearly,
    JustOver,
    About,
}

internal sealed record BoundPhrase(string[] Words, Bound Bound);

/// <summary>The number vocabulary in the embedded <c>numbers.en.yml</c>, loaded once.</summary>
internal sealed class NumberWords
{
    private NumberWords(YamlMap map)
    {
        var symbols = new Dictionary<string, string>(StringComparer.Ordinal);
        var words = new List<(string Phrase, string Code)>();
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        var currencies = map.Map("currencies", true)!;
        foreach (var (key, _) in currencies.Node.Children)
        {
            var code = ((YamlScalarNode)key).Value!;
            var entry = currencies.Map(code, true)!;
            names[code] = entry.String("name", true)!;
            foreach (var symbol in entry.Strings("symbols", true) ?? [])
                symbols[symbol] = code;
            foreach (var word in entry.Strings("words", true) ?? [])
                words.Add((word, code));
        }
        CurrencySymbols = symbols.ToFrozenDictionary(StringComparer.Ordinal);
        CurrencyWords = [.. words.OrderByDescending(w => w.Phrase.Length)];
        CurrencyNames = names.ToFrozenDictionary(StringComparer.Ordinal);
        var scales = map.Map("scales", true)!;
        ScaleWords = Numbers(scales.Map("words", true)!);
        ScaleSuffixes = Numbers(scales.Map("suffixes", true)!);
        Dozens = Numbers(map.Map("dozens", true)!);
        Fractions = Numbers(map.Map("fractions", true)!);
        var vague = map.Map("vague", true)!;
        VagueMultiples = Numbers(vague.Map("multiples", true)!);
        var amounts = new Dictionary<string, (decimal, decimal?)>(StringComparer.OrdinalIgnoreCase);
        var amountMap = vague.Map("amounts", true)!;
        foreach (var (key, value) in amountMap.Node.Children)
        {
            var pair = ((YamlSequenceNode)value).Children.Cast<YamlScalarNode>().ToArray();
            amounts[((YamlScalarNode)key).Value!] = (decimal.Parse(pair[0].Value!, CultureInfo.InvariantCulture),
                YamlMap.IsNull(pair[1]) ? null : decimal.Parse(pair[1].Value!, CultureInfo.InvariantCulture));
        }
        VagueAmounts = amounts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        var bounds = map.Map("bounds", true)!;
        Bounds =
        [
            .. from pair in new (string Key, Bound Bound)[]
               {
                   ("above", Bound.Above), ("atLeast", Bound.AtLeast), ("atMost", Bound.AtMost), ("below", Bound.Below),
                   ("nearly", Bound.Nearly), ("justOver", Bound.JustOver), ("about", Bound.About),
               }
               from phrase in bounds.Strings(pair.Key, true) ?? []
               let parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries)
               orderby parts.Length descending, phrase
               select new BoundPhrase(parts, pair.Bound),
        ];
        Increments = Set(map, "increments");
        Labels = Set(map, "labels");
        Stops = Set(map, "stops");
        Elided = Set(map, "elided");
        Determiners = Set(map, "determiners");
        Verbs = Set(map, "verbs");
        Durations = Set(map, "durations");
        Measures = Set(map, "measures");
        YearPrepositions = Set(map, "yearPrepositions");
        AddressWords = Set(map, "addressWords");
        SameInPlural = Set(map, "sameInPlural");
        Percent = Phrases(map, "percent");
        Points = Phrases(map, "points");
        Clock = Phrases(map, "clock");
        Figures = new FigureWords(this);
    }

    /// <summary>This vocabulary prepared for the figure scanner, once.</summary>
    public FigureWords Figures { get; }

    public FrozenDictionary<string, string> CurrencySymbols { get; }

    /// <summary>Currency words and phrases written after a figure, longest first, so that "Swiss francs" wins over "francs".</summary>
    public IReadOnlyList<(string Phrase, string Code)> CurrencyWords { get; }

    /// <summary>The plural name of each currency for reasons ("dollars").</summary>
    public FrozenDictionary<string, string> CurrencyNames { get; }
    public FrozenDictionary<string, decimal> ScaleWords { get; }
    public FrozenDictionary<string, decimal> ScaleSuffixes { get; }
    public FrozenDictionary<string, decimal> Dozens { get; }

    /// <summary>Fractions of a dozen or a scale ("half a million").</summary>
    public FrozenDictionary<string, decimal> Fractions { get; }
    public FrozenDictionary<string, decimal> VagueMultiples { get; }
    public FrozenDictionary<string, (decimal Low, decimal? High)> VagueAmounts { get; }

    /// <summary>Bound phrases, longest first, so that "at least" wins over a lone word.</summary>
    public IReadOnlyList<BoundPhrase> Bounds { get; }

    public FrozenSet<string> Increments { get; }

    /// <summary>Words that make the number after them a label ("page 5").</summary>
    public FrozenSet<string> Labels { get; }

    /// <summary>Words before which a number that could be a year is one ("in 2019"), never a count.</summary>
    public FrozenSet<string> YearPrepositions { get; }

    /// <summary>Words that end a street's name: a number before such a name is an address ("221 Baker Street").</summary>
    public FrozenSet<string> AddressWords { get; }

    /// <summary>Grammar words that are never a counted noun nor its modifier.</summary>
    public FrozenSet<string> Stops { get; }

    /// <summary>Verbs after which a bare number counts a noun left out ("31 were injured").</summary>
    public FrozenSet<string> Elided { get; }

    /// <summary>Words that make a year of a bare four-digit number after them ("the 2019 season").</summary>
    public FrozenSet<string> Determiners { get; }

    /// <summary>Verbs without an -ed ending that end a subject's modifiers ("paid fines").</summary>
    public FrozenSet<string> Verbs { get; }

    public FrozenSet<string> Durations { get; }
    public FrozenSet<string> Measures { get; }

    /// <summary>Counted words with no plural form of their own ("31 injured").</summary>
    public FrozenSet<string> SameInPlural { get; }

    /// <summary>Percent signs and words, longest first.</summary>
    public IReadOnlyList<string> Percent { get; }

    /// <summary>Words of a change in a percentage ("percentage points"), longest first.</summary>
    public IReadOnlyList<string> Points { get; }

    /// <summary>Marks of a time of day ("p.m.", "GMT"), longest first.</summary>
    public IReadOnlyList<string> Clock { get; }

    private static FrozenSet<string> Set(YamlMap map, string key) =>
        (map.Strings(key, true) ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static string[] Phrases(YamlMap map, string key) => [.. (map.Strings(key, true) ?? []).OrderByDescending(p => p.Length)];

    private static FrozenDictionary<string, decimal> Numbers(YamlMap map) =>
        map.Node.Children.ToFrozenDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => decimal.Parse(((YamlScalarNode)kv.Value).Value!, CultureInfo.InvariantCulture),
            StringComparer.OrdinalIgnoreCase);

    internal static NumberWords Load()
    {
        using var stream = typeof(NumberWords).Assembly.GetManifestResourceStream("ConsistencyCheck.Language.numbers.en.yml")
            ?? throw new InvalidOperationException("the embedded numbers.en.yml is missing from the build");
        using var reader = new StreamReader(stream);
        var errors = new List<InputError>();
        var map = YamlMap.Parse("numbers.en.yml", reader.ReadToEnd(), 0, errors, "the number vocabulary");
        var words = map is null ? null : new NumberWords(map);
        if (errors.Count > 0 || words is null)
            throw new InvalidOperationException("the embedded numbers.en.yml is invalid: " + string.Join("; ", errors));
        return words;
    }
}
