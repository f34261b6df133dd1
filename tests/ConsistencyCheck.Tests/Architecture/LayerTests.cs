using Xunit;

namespace ConsistencyCheck.Tests.Architecture;

/// <summary>
/// The layers of the engine, read from its compiled IL: a kind of fact keeps to its folder, and the shared layers know
/// no kind. A rule a newcomer breaks fails here with the two types that break it.
/// </summary>
public sealed class LayerTests
{
    private const string Engine = "ConsistencyCheck";

    /// <summary>Namespaces that find facts in text; the value types they return (dates, places) live apart from them.</summary>
    private static readonly string[] RecogniserLayers = ["ConsistencyCheck.Recognisers", "ConsistencyCheck.Numbers", "ConsistencyCheck.Events", "ConsistencyCheck.People"];

    private static readonly string[] RecogniserSuffixes = ["Scan", "Recogniser", "Mention", "Words"];

    private static readonly Lazy<List<Dependency>> EngineDependencies =
        new(() => Dependencies.Of(typeof(Checker).Assembly.Location, Engine));

    public static TheoryData<string> Rules() => [.. Layering.Keys];

    private static readonly Dictionary<string, Func<Dependency, bool>> Layering = new()
    {
        ["no kind uses another kind"] = d => Kind(d.FromNamespace) is { } from && Kind(d.ToNamespace) is { } to && from != to,
        ["grouping and verdicts use no kind"] = d => In(d.FromNamespace, "Grouping", "Verdicts") && Kind(d.ToNamespace) is not null,
        ["claims use no recogniser and no kind"] = d => In(d.FromNamespace, "Claims") && (IsRecogniser(d) || Kind(d.ToNamespace) is not null),
        ["reports use no recogniser and no kind"] = d => In(d.FromNamespace, "Reports") && (IsRecogniser(d) || Kind(d.ToNamespace) is not null),
        // The registry is the one place that names every kind.
        ["only the registry names a kind"] = d => Kind(d.FromNamespace) is null && Kind(d.ToNamespace) is not null && d.From != "ConsistencyCheck.Rules.RuleKinds",
    };

    [Theory]
    [MemberData(nameof(Rules))]
    public void The_engine_keeps_its_layers(string rule)
    {
        var broken = EngineDependencies.Value.Where(Layering[rule]).Select(d => $"{d.From} uses {d.To}").ToList();
        Assert.True(broken.Count == 0, $"{rule}:\n{string.Join('\n', broken)}");
    }

    [Fact]
    public void A_planted_violation_is_found()
    {
        var planted = Dependencies.Of(typeof(LayerTests).Assembly.Location, Engine)
            .Where(d => d.From == "ConsistencyCheck.Grouping.PlantedViolation").ToList();
        Assert.Contains(planted, d => d.To == "ConsistencyCheck.Kinds.Quote.ReportedQuote");
        Assert.Contains(planted, d => Layering["grouping and verdicts use no kind"](d));
        Assert.Contains(planted, d => Layering["only the registry names a kind"](d));
    }

    [Fact]
    public void The_reading_of_the_engine_sees_method_bodies()
    {
        // Checker's body, not its signatures, is what uses the grouper.
        Assert.Contains(EngineDependencies.Value, d => d.From == "ConsistencyCheck.Checker" && d.To == "ConsistencyCheck.Grouping.ClaimGrouper");
    }

    /// <summary>
    /// The bundled gazetteer and language pack are read only by the public overloads that stand for callers who bring
    /// none: below them everything is handed in, so a test can hand its own.
    /// </summary>
    [Theory]
    [InlineData("ConsistencyCheck.Geography.Gazetteer", "get_Default")]
    [InlineData("ConsistencyCheck.Language.LanguagePack", "get_Bundled")]
    public void Only_the_public_edge_reads_the_bundled_gazetteer_and_words(string type, string getter)
    {
        string[] edge =
        [
            "ConsistencyCheck.Checker", "ConsistencyCheck.Articles.ArticleReader", "ConsistencyCheck.Corpus.StoryReader",
            "ConsistencyCheck.Rules.Rule", "ConsistencyCheck.Rules.RuleReader", "ConsistencyCheck.Rules.RuleSet",
        ];
        var readers = Dependencies.CallersOf(typeof(Checker).Assembly.Location, type, getter);
        Assert.NotEmpty(readers);
        Assert.Empty(readers.Except(edge));
    }

    private static string? Kind(string ns)
    {
        const string kinds = "ConsistencyCheck.Kinds.";
        if (!ns.StartsWith(kinds, StringComparison.Ordinal))
            return null;
        var rest = ns[kinds.Length..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? rest : rest[..dot];
    }

    private static bool In(string ns, params string[] layers) =>
        layers.Any(l => ns == $"{Engine}.{l}" || ns.StartsWith($"{Engine}.{l}.", StringComparison.Ordinal));

    private static bool IsRecogniser(Dependency d) =>
        RecogniserLayers.Any(l => d.ToNamespace == l || d.ToNamespace.StartsWith(l + ".", StringComparison.Ordinal))
        || RecogniserSuffixes.Any(s => d.To.EndsWith(s, StringComparison.Ordinal));
}
