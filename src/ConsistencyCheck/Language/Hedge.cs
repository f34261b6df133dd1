namespace ConsistencyCheck.Language;

/// <summary>Which way a hedge moves a figure: "just over a year" is at least a year, "almost a year" at most.</summary>
internal enum Hedge : byte
{
    None,
    Over,
    Under,
    About,
}

internal sealed record HedgePhrase(string[] Words, Hedge Hedge);
