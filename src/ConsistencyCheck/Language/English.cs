using System.Collections.Frozen;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Language;

/// <summary>The English grammar words in the embedded <c>en.yml</c>, loaded once.</summary>
internal sealed class English
{
    private English(YamlMap map)
    {
        Abbreviations = Set(map.Strings("abbreviations", true));
        CrossReferences = Set(map.Strings("crossReferences", true));
        DeadlineWords = Set(map.Strings("deadlineWords", true));
        Reflexives = Set(map.Strings("reflexives", true));
        var tense = map.Map("tense", true)!;
        FutureCues = Set(tense.Strings("future", true));
        PastCues = Set(tense.Strings("past", true));
        PresentCues = Set(tense.Strings("present", true));
        NotPast = Set(tense.Strings("notPast", true));
        ClauseBreaks = Set(tense.Strings("clauseBreaks", true));
        FunctionWords = Set(map.Strings("functionWords", true));
        Conjunctions = Set(map.Strings("conjunctions", true));
        NameParticles = Set(map.Strings("nameParticles", true));
        PostNominals = map.Strings("postNominals", true)!.ToFrozenSet(StringComparer.Ordinal);
        Definite = Set(map.Strings("definite", true));
        RankWords = Set(map.Strings("rankWords", true));
        LookBackWords = Set(map.Strings("lookBackWords", true));
        var hedges = map.Map("hedges", true)!;
        Hedges =
        [
            .. Phrases(hedges.Strings("over", true), Hedge.Over),
            .. Phrases(hedges.Strings("under", true), Hedge.Under),
            .. Phrases(hedges.Strings("about", true), Hedge.About),
        ];
        // Longest first, so that "just over" wins over "over".
        Hedges = [.. Hedges.OrderByDescending(h => h.Words.Length).ThenBy(h => string.Join(' ', h.Words), StringComparer.Ordinal)];
        HedgeStarts = Hedges.Select(h => h.Words[0]).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        var quotes = map.Map("quotes", true)!;
        Pronouns = Set(quotes.Strings("pronouns", true));
        Fillers = Set(quotes.Strings("fillers", true));
        Sources = [.. (quotes.Strings("sources", true) ?? []).Select(p => p.Split(' ', StringSplitOptions.RemoveEmptyEntries))];
        Articles = Set(quotes.Strings("articles", true));
        Elisions = Set(quotes.Strings("elisions", true));
        var contractions = quotes.Map("contractions", true)!;
        Contractions = contractions.Node.Children.ToFrozenDictionary(
            kv => ((YamlScalarNode)kv.Key).Value!,
            kv => ((YamlScalarNode)kv.Value).Value!.Split(' ', StringSplitOptions.RemoveEmptyEntries),
            StringComparer.OrdinalIgnoreCase);
        Common = Set(quotes.Strings("common", true));
    }

    /// <summary>Hedge phrases as word sequences, longest first.</summary>
    public IReadOnlyList<HedgePhrase> Hedges { get; }

    /// <summary>The first words of the hedges, looked up by span: a date or a figure may start with one.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> HedgeStarts { get; }

    private static IEnumerable<HedgePhrase> Phrases(IReadOnlyList<string>? phrases, Hedge hedge) =>
        (phrases ?? []).Select(p => new HedgePhrase(p.Split(' ', StringSplitOptions.RemoveEmptyEntries), hedge));

    public FrozenSet<string> Abbreviations { get; }
    public FrozenSet<string> CrossReferences { get; }
    public FrozenSet<string> DeadlineWords { get; }
    public FrozenSet<string> Reflexives { get; }
    public FrozenSet<string> FutureCues { get; }
    public FrozenSet<string> PastCues { get; }
    public FrozenSet<string> PresentCues { get; }
    public FrozenSet<string> NotPast { get; }
    public FrozenSet<string> ClauseBreaks { get; }
    public FrozenSet<string> FunctionWords { get; }

    /// <summary>Words that join two statements, each with its own figures and verbs.</summary>
    public FrozenSet<string> Conjunctions { get; }

    /// <summary>Words that rank a thing against the years up to now ("the first visit in 25 years").</summary>
    public FrozenSet<string> RankWords { get; }

    /// <summary>Words that make "in more than N years" a stretch back to now ("has not been seen in more than 80 years").</summary>
    public FrozenSet<string> LookBackWords { get; }

    /// <summary>Words that point at a thing already named ("the summit", "this meeting").</summary>
    public FrozenSet<string> Definite { get; }

    /// <summary>Lower-case words inside a person's name ("von der").</summary>
    public FrozenSet<string> NameParticles { get; }

    /// <summary>Case matters: "TD" after a name is a post-nominal, "Td" is not written.</summary>
    public FrozenSet<string> PostNominals { get; }
    /// <summary>Pronouns that stand for the last named speaker.</summary>
    public FrozenSet<string> Pronouns { get; }

    /// <summary>Words allowed between a speaker and the speech verb ("also", "went on to").</summary>
    public FrozenSet<string> Fillers { get; }

    /// <summary>Phrases that name a quote's source after them ("according to"), as word sequences.</summary>
    public IReadOnlyList<string[]> Sources { get; }

    /// <summary>Articles that may open the description of a speaker ("the former mayor").</summary>
    public FrozenSet<string> Articles { get; }

    /// <summary>Words written with a leading apostrophe that opens no quote ("'til").</summary>
    public FrozenSet<string> Elisions { get; }

    /// <summary>Negative contractions whose stem changes, as the words they stand for ("won't" is "will not").</summary>
    public FrozenDictionary<string, string[]> Contractions { get; }

    /// <summary>Words too common to show that two quotes say the same thing.</summary>
    public FrozenSet<string> Common { get; }

    private static FrozenSet<string> Set(IReadOnlyList<string>? words) =>
        (words ?? []).ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    internal static English Load()
    {
        using var stream = typeof(English).Assembly.GetManifestResourceStream("ConsistencyCheck.Language.en.yml")
            ?? throw new InvalidOperationException("the embedded en.yml is missing from the build");
        using var reader = new StreamReader(stream);
        var errors = new List<InputError>();
        var map = YamlMap.Parse("en.yml", reader.ReadToEnd(), 0, errors, "the language file");
        var words = map is null ? null : new English(map);
        if (errors.Count > 0 || words is null)
            throw new InvalidOperationException("the embedded en.yml is invalid: " + string.Join("; ", errors));
        return words;
    }
}
