using System.Text.RegularExpressions;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Yaml;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Rules;

/// <summary>Reads one rule file: the keys every rule has, then hands the rest to its kind.</summary>
public static partial class RuleReader
{
    private static readonly string[] CommonKeys = ["id", "kind", "description", "severity", "enabled", "tests"];
    private static readonly string[] TestKeys = ["text", "published", "claims"];
    private static readonly string[] ClaimKeys = ["value", "subject", "place"];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();

    public static Rule? Read(SourceFile file, List<InputError> errors) => Read(file, errors, Gazetteer.Default, LanguagePack.Bundled);

    /// <summary>Reads a rule whose kind looks places up in <paramref name="gazetteer"/> and reads words with <paramref name="language"/>.</summary>
    public static Rule? Read(SourceFile file, List<InputError> errors, Gazetteer gazetteer, LanguagePack language)
    {
        var text = SourceText.Decode(file.Path, file.Content, errors);
        return text is null ? null : Read(file.Path, text, errors, gazetteer, language);
    }

    /// <summary>
    /// A switch when the file has 'enabled' and no 'kind' (it names an earlier layer's rule to turn off or on); null for
    /// a rule file, whose errors <see cref="Read(SourceFile, List{InputError})"/> reports.
    /// </summary>
    public static RuleSwitch? ReadSwitch(SourceFile file, List<InputError> errors)
    {
        var scratch = new List<InputError>();
        var text = SourceText.Decode(file.Path, file.Content, scratch);
        var map = text is null ? null : YamlMap.Parse(file.Path, SourceText.Decode(text), 0, scratch, "the rule file");
        if (map is null || map.Has("kind") || !map.Has("enabled"))
            return null;
        var before = errors.Count;
        map = YamlMap.Parse(file.Path, SourceText.Decode(text!), 0, errors, "the rule file")!;
        map.RejectUnknownKeys(["id", "enabled"], "a rule switch (a file with only 'id' and 'enabled'; a rule needs 'kind')");
        var id = map.String("id", required: true);
        var enabled = map.Bool("enabled");
        if (errors.Count > before || id is null || enabled is null)
            return null;
        var node = map.Find("enabled")!;
        return new RuleSwitch(id, enabled.Value, file.Path, (int)node.Start.Line, (int)node.Start.Column);
    }

    public static Rule? Read(string path, string text, List<InputError> errors) => Read(path, text, errors, Gazetteer.Default, LanguagePack.Bundled);

    public static Rule? Read(string path, string text, List<InputError> errors, Gazetteer gazetteer, LanguagePack language)
    {
        var before = errors.Count;
        var map = YamlMap.Parse(path, SourceText.Decode(text), 0, errors, "the rule file");
        if (map is null)
            return null;

        var id = map.String("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
            map.Error(map.Find("id")!, $"'id' must be lower-case words joined by hyphens (e.g. summit-date), not '{id}'");
        var kindName = map.String("kind", required: true);
        var kind = kindName is null ? null : RuleKinds.Find(kindName);
        if (kindName is not null && kind is null)
        {
            var names = RuleKinds.All.Select(k => k.Name).ToArray();
            var hint = Suggestions.Closest(kindName, names) is { } best ? $"did you mean '{best}'? " : "";
            map.Error(map.Find("kind")!, $"unknown rule kind '{kindName}': {hint}known kinds: {string.Join(", ", names)}");
        }
        var description = map.String("description", required: true);
        var severity = map.OneOf("severity", required: true, "error", "warning", "info");
        var enabled = map.Bool("enabled") ?? true;

        if (kind is null)
            return null; // without a kind, its other keys cannot be judged
        map.RejectUnknownKeys([.. CommonKeys, .. kind.Keys], $"a rule of kind '{kind.Name}'");
        var tests = ReadTests(map);
        if (id is null || description is null || severity is null || errors.Count > before)
            return null;

        var header = new RuleHeader(id, kind.Name, description, Enum.Parse<Severity>(severity, ignoreCase: true), enabled, path, tests);
        var rule = kind.Decode(header, map, gazetteer, language);
        if (rule is null || errors.Count > before)
            return null;
        CheckTestKeys(map, rule);
        return errors.Count > before ? null : rule;
    }

    private static List<RuleTest> ReadTests(YamlMap map)
    {
        var tests = new List<RuleTest>();
        foreach (var node in map.Sequence("tests", required: false) ?? [])
        {
            if (node is not YamlMappingNode testNode)
            {
                map.Error(node, "each test must be a mapping with 'text', 'published' and 'claims'");
                continue;
            }
            var test = map.AsMap(testNode);
            test.RejectUnknownKeys(TestKeys, "a rule test");
            var text = test.String("text", required: true);
            var published = test.Date("published", required: true);
            var claims = new List<ExpectedClaim>();
            foreach (var claimNode in test.Sequence("claims", required: true) ?? [])
            {
                if (claimNode is not YamlMappingNode claimMap)
                {
                    test.Error(claimNode, "each expected claim must be a mapping such as '{ value: July 11-12, start: 2023-07-11 }'");
                    continue;
                }
                var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var (key, value) in claimMap.Children)
                {
                    var name = ((YamlScalarNode)key).Value!;
                    fields[name] = value is YamlScalarNode s && !YamlMap.IsNull(s) ? s.Value : null;
                }
                claims.Add(new ExpectedClaim(fields));
            }
            if (text is not null && published is not null)
                tests.Add(new RuleTest(text, published.Value, claims, (int)testNode.Start.Line, (int)testNode.Start.Column));
        }
        return tests;
    }

    /// <summary>Expected claims may only name fields the rule's claims have.</summary>
    private static void CheckTestKeys(YamlMap map, Rule rule)
    {
        var allowed = ClaimKeys.Concat(rule.NormalizedKeys).ToArray();
        foreach (var node in map.Sequence("tests", required: false) ?? [])
        {
            if (node is not YamlMappingNode testNode)
                continue;
            var test = map.AsMap(testNode);
            foreach (var claimNode in test.Sequence("claims", required: false) ?? [])
            {
                if (claimNode is YamlMappingNode claimMap)
                    map.AsMap(claimMap).RejectUnknownKeys(allowed, "an expected claim");
            }
        }
    }
}
