using System.Globalization;
using System.Text;
using ConsistencyCheck.Geography;

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

    /// <summary>
    /// Lower case without diacritics, so "Kraków" and "Krakow" are one word, by the gazetteer's letter table
    /// (<see cref="PlaceName"/>): string.Normalize does nothing under the InvariantGlobalization the build turns on.
    /// </summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> letter = stackalloc char[2];
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
                builder.Append(letter[..PlaceName.Letter(c, letter)]);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
                builder.Append(char.ToLowerInvariant(c));
        }
        return builder.ToString();
    }
}
