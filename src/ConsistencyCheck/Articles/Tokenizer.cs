using System.Globalization;

namespace ConsistencyCheck.Articles;

/// <summary>Cuts a sentence into words, digit runs and single punctuation marks; "11-12" is three tokens.</summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, TextSpan span, List<Token> tokens)
    {
        tokens.Clear();
        var i = span.Start;
        var end = span.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }
            var start = i;
            if (char.IsLetter(c))
            {
                while (i < end && (char.IsLetter(text[i]) || CharUnicodeInfo.GetUnicodeCategory(text[i]) == UnicodeCategory.NonSpacingMark))
                    i++;
                tokens.Add(new Token(start, i - start, TokenKind.Word));
            }
            else if (char.IsAsciiDigit(c))
            {
                while (i < end && char.IsAsciiDigit(text[i]))
                    i++;
                tokens.Add(new Token(start, i - start, TokenKind.Number));
            }
            else
            {
                i += char.IsHighSurrogate(c) && i + 1 < end ? 2 : 1;
                tokens.Add(new Token(start, i - start, TokenKind.Punctuation));
            }
        }
    }
}
