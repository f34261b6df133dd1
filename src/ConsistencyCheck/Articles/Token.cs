namespace ConsistencyCheck.Articles;

internal enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}

/// <summary>A word, a run of digits or one punctuation mark, as a span of the article text.</summary>
internal readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}
