namespace ConsistencyCheck.Verdicts;

/// <summary>What the sources, taken together, say about one fact. The order is the report's: most urgent first.</summary>
public enum Verdict
{
    Internal,
    Contradict,
    Variant,
    Updated,
    Compatible,
    Single,
    Agree,
}

public static class VerdictNames
{
    public static string Name(this Verdict verdict) => verdict switch
    {
        Verdict.Internal => "internal",
        Verdict.Contradict => "contradict",
        Verdict.Variant => "variant",
        Verdict.Updated => "updated",
        Verdict.Compatible => "compatible",
        Verdict.Single => "single",
        Verdict.Agree => "agree",
        _ => throw new ArgumentOutOfRangeException(nameof(verdict)),
    };
}
