using System.Globalization;
using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A quote as words to compare: case, diacritics and punctuation dropped, contractions spelled out ("won't" is
/// "will not"), words in brackets marked as an editor's, and ellipses kept as gaps.
/// </summary>
internal static class QuoteWords
{
    public static List<QuoteToken> Read(string text, IReadOnlyList<TextSpan> parts, English english)
    {
        var tokens = new List<QuoteToken>();
        var brackets = 0;
        var word = new StringBuilder();
        foreach (var part in parts)
        {
            var i = part.Start;
            while (i < part.End)
            {
                var c = text[i];
                var ellipsis = EllipsisLength(text, i, part.End);
                if (ellipsis > 0)
                {
                    if (tokens.Count > 0 && tokens[^1].Kind != QuoteTokenKind.Gap)
                        tokens.Add(new QuoteToken("\u2026", QuoteTokenKind.Gap));
                    i += ellipsis;
                }
                else if (char.IsLetterOrDigit(c))
                {
                    i = ReadWord(text, i, part.End, word);
                    Add(word.ToString(), brackets > 0 ? QuoteTokenKind.Editorial : QuoteTokenKind.Word, tokens, english);
                }
                else
                {
                    if (c is '[' or '(')
                        brackets++;
                    else if (c is ']' or ')' && brackets > 0)
                        brackets--;
                    i++;
                }
            }
        }
        return tokens;
    }

    /// <summary>"…", "..." or ". . .": the length of the ellipsis at <paramref name="i"/>, or 0.</summary>
    private static int EllipsisLength(string text, int i, int end)
    {
        if (text[i] == '\u2026')
            return 1;
        var k = i;
        var dots = 0;
        while (k < end && (text[k] == '.' || (text[k] == ' ' && k + 1 < end && text[k + 1] == '.' && dots > 0)))
        {
            if (text[k] == '.')
                dots++;
            k++;
        }
        return dots >= 3 ? k - i : 0;
    }

    /// <summary>A word with its inner apostrophes ("Ukraine's", "don't") or a number with its separators ("2,000", "8.5").</summary>
    private static int ReadWord(string text, int i, int end, StringBuilder word)
    {
        word.Clear();
        while (i < end)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                word.Append(c);
            }
            else if (c is '\'' or '\u2019' && i + 1 < end && char.IsLetter(text[i + 1]) && word.Length > 0 && char.IsLetter(word[^1]))
            {
                word.Append('\'');
            }
            else if (c is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]) && word.Length > 0 && char.IsAsciiDigit(word[^1]))
            {
                if (c == '.')
                    word.Append('.');
            }
            else
            {
                break;
            }
            i++;
        }
        return i;
    }

    private static void Add(string written, QuoteTokenKind kind, List<QuoteToken> tokens, English english)
    {
        var word = Places.Fold(written);
        if (english.Contractions.TryGetValue(word, out var spelled))
        {
            foreach (var part in spelled)
                tokens.Add(new QuoteToken(part, kind));
        }
        else if (word.Length > 3 && word.EndsWith("n't", StringComparison.Ordinal))
        {
            tokens.Add(new QuoteToken(word[..^3], kind));
            tokens.Add(new QuoteToken("not", kind));
        }
        else
        {
            tokens.Add(new QuoteToken(word, kind));
        }
    }

    /// <summary>The words as the report's <c>words</c> field writes them: "…" for a gap, an editor's words in brackets.</summary>
    public static string Render(IReadOnlyList<QuoteToken> tokens)
    {
        var text = new StringBuilder();
        for (var k = 0; k < tokens.Count; k++)
        {
            if (text.Length > 0)
                text.Append(' ');
            var token = tokens[k];
            if (token.Kind != QuoteTokenKind.Editorial)
            {
                text.Append(token.Text);
                continue;
            }
            text.Append('[').Append(token.Text);
            while (k + 1 < tokens.Count && tokens[k + 1].Kind == QuoteTokenKind.Editorial)
                text.Append(' ').Append(tokens[++k].Text);
            text.Append(']');
        }
        return text.ToString();
    }
}
