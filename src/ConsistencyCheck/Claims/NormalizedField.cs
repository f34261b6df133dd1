namespace ConsistencyCheck.Claims;

/// <summary>One field of a claim's normalised value, as the JSON report writes it: a string, a number, a bool or null.</summary>
public readonly record struct NormalizedField(string Name, object? Value);
