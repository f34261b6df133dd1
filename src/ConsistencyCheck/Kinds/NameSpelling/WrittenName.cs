using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Kinds.NameSpelling;

/// <summary>A name as an article writes it, and the spelling it folds to.</summary>
internal sealed class WrittenName(string name, string key) : ClaimValue
{
    public string Name { get; } = name;
    public string Key { get; } = key;

    public override IReadOnlyList<NormalizedField> Normalized => [new("name", Name), new("key", Key)];

    public override bool SameAs(ClaimValue other) => other is WrittenName name && name.Name == Name;

    public override string Describe() => Name;
}
