using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Rules;

/// <summary>A kind of rule: its name in YAML, the settings it adds, and how it decodes them.</summary>
internal sealed record RuleKind(string Name, string Summary, IReadOnlyList<string> Keys, Func<RuleHeader, YamlMap, Rule?> Decode);
