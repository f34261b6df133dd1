using System.Globalization;
using System.Text;

namespace ConsistencyCheck.Geography;

/// <summary>
/// Place names as articles write them, compared through the gazetteer when it knows them ("Ramstein Air Base" lies
/// in Germany; "Kiev" is "Kyiv"), else by their words ("Harbour Road, Calverton" holds "Calverton").
/// </summary>
internal static class Places
{
    /// <summary>Whether two written places may be one: the same words or a part of them, one inside the other, or alternate names.</summary>
    public static bool MayBeSame(Gazetteer gazetteer, string? a, string? b)
    {
        if (a is null || b is null)
            return true;
        var x = Words(a);
        var y = Words(b);
        if (x.IsSubsetOf(y) || y.IsSubsetOf(x))
            return true;
        return Resolve(gazetteer, a) is { } p && Resolve(gazetteer, b) is { } q && (Gazetteer.Contains(p, q) || Gazetteer.Contains(q, p));
    }

    /// <summary>
    /// The gazetteer's place for a written place: the whole phrase ("the Lithuanian capital", "Kyiv"), else its first
    /// part when a comma adds the wider place ("Ramstein Air Base, Germany"), if that wider place holds it.
    /// </summary>
    public static Place? Resolve(Gazetteer gazetteer, string written)
    {
        if (gazetteer.Resolve(written) is { } whole)
            return whole;
        var comma = written.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0 || gazetteer.Resolve(written.AsSpan(0, comma)) is not { } first)
            return null;
        return gazetteer.Resolve(written.AsSpan(comma + 1)) is not { } wider || Gazetteer.Contains(wider, first) ? first : null;
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
