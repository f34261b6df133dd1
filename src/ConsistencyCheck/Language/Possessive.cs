using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Language;

/// <summary>The "'s" of a possessive ("Sunday's election", "the Kremlin's spokesman"), read as the apostrophe and "s" tokens.</summary>
internal static class Possessive
{
    /// <summary>Whether a possessive "'s" starts at token <paramref name="k"/>.</summary>
    public static bool At(string text, List<Token> tokens, int k) =>
        k >= 0 && k + 1 < tokens.Count && text[tokens[k].Start] is '\'' or '\u2019'
        && text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length) is "s";

    /// <summary>The token after a possessive "'s" at <paramref name="k"/>, or <paramref name="k"/> itself when there is none.</summary>
    public static int Skip(string text, List<Token> tokens, int k) => At(text, tokens, k) ? k + 2 : k;
}
