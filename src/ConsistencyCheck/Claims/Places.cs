using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Claims;

/// <summary>
/// Place names compared by their words: "Ramstein Air Base, Germany" and "Germany" may name the same place
/// (one holds the other's words); "Kyiv" and "Germany" may not.
/// </summary>
public static class Places
{
    public static bool MayBeSame(string? a, string? b)
    {
        if (a is null || b is null)
            return true;
        var x = Words(a);
        var y = Words(b);
        return x.IsSubsetOf(y) || y.IsSubsetOf(x);
    }

    internal static HashSet<string> Words(string place)
    {
        var folded = Fold(place);
        return [.. folded.Split([' ', ',', '-', '.', '\''], StringSplitOptions.RemoveEmptyEntries)];
    }

    /// <summary>Lower case without diacritics, so "Kraków" and "Krakow" are one word.</summary>
    /// <remarks>
    /// A table, not string.Normalize: with invariant globalization .NET does not decompose letters, and the table
    /// also folds the letters no decomposition reaches ("ł", "ø", "đ").
    /// </remarks>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue;
            var folded = c is >= LatinFirst and < (char)(LatinFirst + 0x190) && LatinBase[c - LatinFirst] != '.' ? LatinBase[c - LatinFirst] : c;
            builder.Append(char.ToLowerInvariant(folded));
        }
        return builder.ToString();
    }

    private const char LatinFirst = '\u00C0';

    // The base letter of each letter from U+00C0 to U+024F; '.' keeps the letter as it is. Generated from the
    // Unicode decompositions, with the letters that have none (ß, ø, ł, đ, þ…) given their nearest base letter.
    private const string LatinBase =
        "AAAAAAACEEEEIIIIDNOOOOO.OUUUUYTsaaaaaaaceeeeiiiidnooooo.ouuuuyty" +
        "AaAaAaCcCcCcCcDdDdEeEeEeEeEeGgGgGgGgHhHhIiIiIiIiIi..JjKk.LlLlLlL" +
        "lLlNnNnNn...OoOoOoOoRrRrRrSsSsSsSsTtTtTtUuUuUuUuUuUuWwYyYZzZzZz." +
        "..................f.............Oo.............Uu..............." +
        ".............AaIiOoUuUuUuUuUu.AaAa....GgKkOoOo..j...Gg..NnAa...." +
        "AaAaEeEeIiIiOoOoRrRrUuUuSsTt..Hh......AaEeOoOoOoOoYy............" +
        "................";
}
