using System.Collections.Frozen;
using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Claims;

/// <summary>
/// Place names compared by their words: "Ramstein Air Base, Germany" and "Germany" may name the same place
/// (one holds the other's words); "Kyiv" and "Germany" may not.
/// </summary>
public static class Places
{
    // The build runs with invariant globalization, where string.Normalize has no decomposition data: the accented
    // Latin letters of European names are mapped to their base letters here instead.
    private static readonly FrozenDictionary<char, string> BaseLetters = new (string Accented, string Plain)[]
    {
        ("àáâãäåāăą", "a"), ("çćĉċč", "c"), ("ďđ", "d"), ("èéêëēĕėęě", "e"), ("ĝğġģ", "g"), ("ĥħ", "h"),
        ("ìíîïĩīĭįı", "i"), ("ĵ", "j"), ("ķ", "k"), ("ĺļľŀł", "l"), ("ñńņňŉ", "n"), ("òóôõöøōŏő", "o"), ("ŕŗř", "r"),
        ("śŝşšș", "s"), ("ţťŧț", "t"), ("ùúûüũūŭůűų", "u"), ("ŵ", "w"), ("ýÿŷ", "y"), ("źżž", "z"),
        ("ß", "ss"), ("æ", "ae"), ("œ", "oe"), ("þ", "th"), ("ð", "d"),
    }.SelectMany(p => p.Accented.Select(c => (c, p.Plain))).ToFrozenDictionary(p => p.c, p => p.Plain);

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
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var lower = char.ToLowerInvariant(c);
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
                continue; // a combining accent typed after its letter
            if (BaseLetters.TryGetValue(lower, out var plain))
                builder.Append(plain);
            else
                builder.Append(lower);
        }
        return builder.ToString();
    }
}
