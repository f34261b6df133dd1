using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Kinds.Quantity;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Tests.AnswerKeys;

/// <summary>
/// An answer key written from the articles alone, by someone who has not seen the engine: each fact an editor would
/// compare, the verdict a careful human gives it, and the words each article states it in (<c>says</c>); each trap,
/// what looks like a contradiction and is not. Nothing in it names a rule or a subject the engine makes up, so a
/// finding meets a fact through the evidence: its claims stand on the words the key cites.
/// </summary>
internal sealed record EvidenceKey(IReadOnlyList<KeyFact> Facts, IReadOnlyList<KeyFact> Traps)
{
    public static readonly string[] Kinds =
        ["event-date", "event-place", "time-of-day", "count", "money", "percentage", "measure", "title", "quote", "place-name", "name-spelling"];

    private static readonly string[] FactKeys = ["fact", "kind", "verdict", "says", "note", "known"];
    private static readonly string[] TrapKeys = ["fact", "kind", "says", "why"];

    public static bool IsEvidenceKey(YamlMappingNode root) => root.Children.ContainsKey(new YamlScalarNode("facts"));

    public static EvidenceKey Read(string file, YamlMappingNode root, List<string> problems)
    {
        foreach (var name in root.Children.Keys.Select(Scalar).Where(k => k is not ("facts" or "traps")))
            problems.Add($"{file}: unknown key '{name}' (keys: facts, traps)");
        return new EvidenceKey(Entries(file, root, "facts", FactKeys, problems), Entries(file, root, "traps", TrapKeys, problems));
    }

    private static List<KeyFact> Entries(string file, YamlMappingNode root, string section, string[] keys, List<string> problems)
    {
        var entries = new List<KeyFact>();
        if (!root.Children.TryGetValue(new YamlScalarNode(section), out var node) || node is not YamlSequenceNode list)
            return entries;
        var verdicts = Enum.GetValues<Verdict>().Select(v => v.Name()).ToHashSet();
        foreach (var item in list)
        {
            var where = $"{file}:{item.Start.Line}";
            if (item is not YamlMappingNode map)
            {
                problems.Add($"{where}: an entry of '{section}' must be a mapping");
                continue;
            }
            foreach (var name in map.Children.Keys.Select(Scalar).Where(k => !keys.Contains(k)))
                problems.Add($"{where}: unknown key '{name}' (keys: {string.Join(", ", keys)})");
            var kind = Text(map, "kind");
            var verdict = section == "traps" ? "trap" : Text(map, "verdict");
            if (kind is null || !Kinds.Contains(kind))
                problems.Add($"{where}: 'kind' must be one of {string.Join(", ", Kinds)}, not '{kind}'");
            if (section == "facts" && (verdict is null || !verdicts.Contains(verdict)))
                problems.Add($"{where}: 'verdict' must be one of {string.Join(", ", verdicts)}, not '{verdict}'");
            var says = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            if (map.Children.TryGetValue(new YamlScalarNode("says"), out var saysNode) && saysNode is YamlMappingNode saysMap)
            {
                foreach (var (article, words) in saysMap.Children)
                {
                    says[Scalar(article)] = words switch
                    {
                        YamlSequenceNode seq => [.. seq.Select(Scalar)],
                        _ => [Scalar(words)],
                    };
                }
            }
            if (says.Count == 0)
                problems.Add($"{where}: 'says' must map article ids to the words each states the fact in");
            entries.Add(new KeyFact(where, Text(map, "fact") ?? "", kind ?? "", verdict ?? "", says, Text(map, "known")));
        }
        return entries;
    }

    private static string? Text(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();
}

/// <summary>One fact (or trap) of an evidence key, with the words each article states it in.</summary>
internal sealed record KeyFact(string Where, string Fact, string Kind, string Verdict, IReadOnlyDictionary<string, IReadOnlyList<string>> Says, string? Known)
{
    public override string ToString() =>
        $"{Verdict.ToUpperInvariant()} {Kind} '{Fact}' in {string.Join(", ", Says.Keys)} ({Where})";
}

/// <summary>Where the words a key cites stand in the articles, and which claims and findings stand on them.</summary>
internal sealed class EvidenceIndex(StoryReport report)
{
    private readonly Dictionary<string, Article> _articles = report.Story.Articles.ToDictionary(a => a.Id, StringComparer.Ordinal);

    /// <summary>The span of each cited text, or null with a problem when the article does not hold it.</summary>
    public List<(string Article, string Words, TextSpan Span)> Locate(KeyFact fact, List<string> problems)
    {
        var spans = new List<(string, string, TextSpan)>();
        foreach (var (id, all) in fact.Says)
        {
            if (!_articles.TryGetValue(id, out var article))
            {
                problems.Add($"{fact.Where}: unknown article '{id}' (articles: {string.Join(", ", _articles.Keys.Order(StringComparer.Ordinal))})");
                continue;
            }
            foreach (var words in all)
            {
                if (Find(article, words) is { } span)
                    spans.Add((id, words, span));
                else
                    problems.Add($"{fact.Where}: '{words}' is not in {id}");
            }
        }
        return spans;
    }

    /// <summary>A claim of the fact's kind whose value stands on the cited words.</summary>
    public static bool Fits(KeyFact fact, Claim claim, (string Article, string Words, TextSpan Span) cited) =>
        claim.Article.Id == cited.Article && Overlaps(claim.Evidence.Span, cited.Span) && OfKind(fact.Kind, claim);

    public static bool OfKind(string kind, Claim claim) => kind switch
    {
        "count" => claim.Value is ReportedQuantity { Currency: null } q && q.Unit != "percent" && q.Unit != "percentage point",
        "money" => claim.Value is ReportedQuantity { Currency: not null },
        "percentage" => claim.Value is ReportedQuantity { Unit: "percent" or "percentage point" },
        "measure" => claim.Kind == "measure",
        "time-of-day" => claim.Kind == "time",
        _ => claim.Kind == kind,
    };

    private static bool Overlaps(TextSpan a, TextSpan b) => a.Start < b.End && b.Start < a.End;

    /// <summary>The words in the article's prose, spaces and line breaks folded, case kept if it can be.</summary>
    private static TextSpan? Find(Article article, string words)
    {
        var (folded, map) = Fold(article.Text);
        var wanted = Fold(words).Text.Trim();
        if (wanted.Length == 0)
            return null;
        var at = folded.IndexOf(wanted, StringComparison.Ordinal);
        if (at < 0)
            at = folded.IndexOf(wanted, StringComparison.OrdinalIgnoreCase);
        return at < 0 ? null : TextSpan.FromBounds(map[at], map[at + wanted.Length - 1] + 1);
    }

    private static (string Text, int[] Map) Fold(string text)
    {
        var folded = new StringBuilder(text.Length);
        var map = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                if (folded.Length > 0 && folded[^1] == ' ')
                    continue;
                c = ' ';
            }
            folded.Append(c);
            map.Add(i);
        }
        return (folded.ToString(), [.. map]);
    }
}
