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

    /// <summary>Lower case without diacritics, so "Kraków" and "Krakow" are one word; other characters are kept.</summary>
    /// <remarks>Letters fold as the gazetteer folds them (<see cref="PlaceName"/>), so claims and gazetteer keys meet.</remarks>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        Span<char> letter = stackalloc char[2];
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue; // a combining accent typed after its letter
            builder.Append(letter[..PlaceName.Letter(c, letter)]);
        }
        return builder.ToString();
    }
}
