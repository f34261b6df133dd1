namespace ConsistencyCheck.Rules;

/// <summary>A test written in a rule file: a sentence, the article date it is read against, and the claims it must yield.</summary>
public sealed record RuleTest(string Text, DateOnly Published, IReadOnlyList<ExpectedClaim> Claims, int Line, int Column);

/// <summary>One claim a rule test expects; every field given must match, fields left out are not checked.</summary>
public sealed record ExpectedClaim(IReadOnlyDictionary<string, string?> Fields);
