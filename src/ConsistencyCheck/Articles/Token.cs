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

internal static class Tokens
{
    /// <summary>Whether token <paramref name="i"/> exists and is the punctuation mark <paramref name="mark"/>.</summary>
    public static bool IsMark(this List<Token> tokens, string text, int i, char mark) =>
        i >= 0 && i < tokens.Count && tokens[i].Kind == TokenKind.Punctuation && tokens[i].Length == 1 && text[tokens[i].Start] == mark;

    /// <summary>Whether token <paramref name="i"/> exists and is a word, one of <paramref name="words"/> in any case.</summary>
    public static bool IsWord(this List<Token> tokens, string text, int i, params ReadOnlySpan<string> words)
    {
        if (i < 0 || i >= tokens.Count || tokens[i].Kind != TokenKind.Word)
            return false;
        var span = text.AsSpan(tokens[i].Start, tokens[i].Length);
        foreach (var word in words)
        {
            if (span.Equals(word, StringComparison.OrdinalIgnoreCase))
                return true;
        }
        return false;
    }
}
