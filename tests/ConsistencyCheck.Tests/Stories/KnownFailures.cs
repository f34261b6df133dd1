using ConsistencyCheck.Verdicts;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Tests.AnswerKeys;

/// <summary>
/// What the engine still gets wrong on a real story, kept apart from its answer key (which stays as its reader wrote
/// it): the traps it raises and the contradictions it reports that the key does not list, each with the reason. Each
/// entry is asserted to still happen, so that a fix is noticed and the entry removed.
/// </summary>
internal sealed record KnownFailures(IReadOnlyList<KnownTrap> Traps, IReadOnlyList<KnownContradiction> Contradictions)
{
    public const string FileName = "known-failures.yml";

    public static KnownFailures Read(string path, List<string> problems)
    {
        if (!File.Exists(path))
            return new KnownFailures([], []);
        var file = $"corpus/{Path.GetFileName(Path.GetDirectoryName(path))}/{FileName}";
        var root = RealStoryTests.LoadKey(path);
        var traps = new List<KnownTrap>();
        var contradictions = new List<KnownContradiction>();
        foreach (var item in Items(root, "trapsRaised"))
        {
            var trap = Text(item, "trap");
            var reason = Text(item, "reason");
            if (trap is null || reason is null)
                problems.Add($"{file}:{item.Start.Line}: a raised trap needs 'trap' (the key's fact) and 'reason'");
            else
                traps.Add(new KnownTrap(trap, reason));
        }
        foreach (var item in Items(root, "contradictionsNotInTheKey"))
        {
            var rule = Text(item, "rule");
            var subject = Text(item, "subject");
            var reason = Text(item, "reason");
            var articles = item.Children.TryGetValue(new YamlScalarNode("articles"), out var list) && list is YamlSequenceNode seq
                ? seq.Select(n => ((YamlScalarNode)n).Value!).ToList() : [];
            if (rule is null || subject is null || reason is null || articles.Count == 0)
                problems.Add($"{file}:{item.Start.Line}: a contradiction needs 'rule', 'subject', 'articles' and 'reason'");
            else
                contradictions.Add(new KnownContradiction(rule, subject, articles, reason));
        }
        return new KnownFailures(traps, contradictions);
    }

    private static IEnumerable<YamlMappingNode> Items(YamlMappingNode? root, string section) =>
        root is not null && root.Children.TryGetValue(new YamlScalarNode(section), out var node) && node is YamlSequenceNode list
            ? list.OfType<YamlMappingNode>() : [];

    private static string? Text(YamlMappingNode map, string name) =>
        map.Children.TryGetValue(new YamlScalarNode(name), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;
}

internal sealed record KnownTrap(string Trap, string Reason);

internal sealed record KnownContradiction(string Rule, string Subject, IReadOnlyList<string> Articles, string Reason)
{
    public bool Matches(Finding finding) =>
        finding.Rule.Id == Rule && finding.Subject == Subject && Articles.All(id => finding.Claims.Any(c => c.Claim.Article.Id == id));

    public override string ToString() => $"{{ rule: {Rule}, subject: {Subject}, articles: [{string.Join(", ", Articles)}] }}";
}
