using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Rules;

/// <summary>
/// A setting of a rule kind with a default or a closed set of values. The kind's decoder reads the setting through its
/// declaration, and a test checks rules/schema.json against the same declaration, so the two cannot drift apart.
/// </summary>
internal abstract record RuleOption(string Key);

/// <summary>A whole number from <see cref="Minimum"/> to <see cref="Maximum"/>; a value out of range is an error and the default stands.</summary>
internal sealed record WholeNumberOption(string Key, int Default, int Minimum, int Maximum) : RuleOption(Key)
{
    public int Read(YamlMap map) => map.Int(Key, Minimum, Maximum) ?? Default;
}

internal sealed record YesNoOption(string Key, bool Default) : RuleOption(Key)
{
    public bool Read(YamlMap map) => map.Bool(Key) ?? Default;
}

/// <summary>One of a few words, with no default: a rule must say which.</summary>
internal sealed record ChoiceOption(string Key, IReadOnlyList<string> Choices) : RuleOption(Key)
{
    public string? Read(YamlMap map) => map.OneOf(Key, required: true, [.. Choices]);
}
