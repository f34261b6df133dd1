namespace ConsistencyCheck.Kinds.Quote;

internal enum QuoteTokenKind : byte
{
    /// <summary>A word the speaker said.</summary>
    Word,

    /// <summary>A word an editor put in brackets ("[Georgia]"): it may stand for other words of the speaker.</summary>
    Editorial,

    /// <summary>An ellipsis: words of the speaker left out.</summary>
    Gap,
}

/// <summary>One normalised word of a quote (lower case, no diacritics, "n't" as "not"), or a gap where words were left out.</summary>
internal readonly record struct QuoteToken(string Text, QuoteTokenKind Kind)
{
    public bool IsWord => Kind != QuoteTokenKind.Gap;
}
