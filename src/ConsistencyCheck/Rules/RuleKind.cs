using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Rules;

/// <summary>
/// A kind of rule: its name in YAML, the settings it adds (<see cref="Options"/> are those with a default or a closed
/// set of values), and how it decodes them.
/// </summary>
internal sealed record RuleKind(string Name, string Summary, IReadOnlyList<string> Keys, IReadOnlyList<RuleOption> Options, Func<RuleHeader, YamlMap, Gazetteer, LanguagePack, Rule?> Decode);
