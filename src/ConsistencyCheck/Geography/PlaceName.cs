using System.Globalization;

namespace ConsistencyCheck.Geography;

/// <summary>
/// The key a place name is looked up by: lower case, without diacritics ("Kraków", "Krakow"), apostrophes or dots
/// ("Kam'yanets", "D.C."), with any other run of separators (spaces, hyphens, commas) as one space and no leading "the".
/// data/gazetteer/generate.py folds the same way to drop duplicate alternates.
/// </summary>
internal static class PlaceName
{
    /// <summary>Longer text is no place name: lookups stop there, so a key always fits a stack buffer.</summary>
    public const int MaxLength = 100;

    /// <summary>Enough for the longest key: a letter folds to at most two (ß to "ss"), after the acronym mark.</summary>
    internal const int BufferLength = MaxLength * 2 + 1;

    /// <summary>Starts the key of an acronym; <see cref="Fold(ReadOnlySpan{char}, Span{char})"/> never writes it.</summary>
    private const char AcronymMark = '#';

    // The base letter of each Latin letter from U+00C0 to U+024F and from U+1E00 to U+1EFF ('-': none), from Unicode's
    // canonical decompositions plus the letters that have none (ø, ł, đ, ı). A table, because string.Normalize does
    // nothing under InvariantGlobalization, which the build turns on.
    private const string LatinBase =
        "aaaaaa-ceeeeiiiidnooooo-ouuuuy--aaaaaa-ceeeeiiiidnooooo-ouuuuy-y" +
        "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii--jjkkklllllll" +
        "lllnnnnnn-nnoooooo--rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs" +
        "bb-----cc--dd----ff-----kkl-----oo--pp------tt-uu--yyzz---------" +
        "-------------aaiioouuuuuuuuuu-aaaa--ggggkkoooo--j---gg--nnaa----" +
        "aaaaeeeeiiiioooorrrruuuusstt--hh-d--zzaaeeooooooooyylntj-----l--" +
        "---b--eejj--rryy";

    private const string LatinExtendedBase =
        "aabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkllllllllmm" +
        "mmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuuuuuuuuuuvvvv" +
        "wwwwwwwwwwxxxxyyzzzzzzhtwy------aaaaaaaaaaaaaaaaaaaaaaaaeeeeeeee" +
        "eeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuuyyyyyyyy------";

    /// <summary>Folds <paramref name="text"/> into <paramref name="buffer"/> (at least twice its length) and returns the key.</summary>
    public static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> buffer)
    {
        var length = 0;
        var space = false;
        foreach (var c in text)
        {
            if (c is '\'' or '\u2019' or '\u2018' or '\u02BC' or '\u02BB' or '`' or '\u00B4' or '.'
                || (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark))
                continue;
            if (!(char.IsAsciiLetterOrDigit(c) || (c >= 0x80 && char.IsLetterOrDigit(c))))
            {
                space = length > 0;
                continue;
            }
            if (space)
            {
                buffer[length++] = ' ';
                space = false;
            }
            length += Letter(c, buffer[length..]);
        }
        ReadOnlySpan<char> key = buffer[..length];
        return key.StartsWith("the ") ? key[4..] : key;
    }

    /// <summary>
    /// The index key of a name: its fold, marked when the name is an acronym ("UK", "U.S."), so that an acronym finds
    /// only acronyms: "NATO" is no town Nato, and "Us" at the start of a sentence is not the US.
    /// </summary>
    public static ReadOnlySpan<char> Key(ReadOnlySpan<char> name, Span<char> buffer)
    {
        if (!IsAcronym(name))
            return Fold(name, buffer);
        buffer[0] = AcronymMark;
        return buffer[..(Fold(name, buffer[1..]).Length + 1)];
    }

    /// <summary>The folded key as a string, for building the index.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= MaxLength ? stackalloc char[BufferLength] : new char[text.Length * 2];
        return Fold(text, buffer).ToString();
    }

    /// <summary>
    /// Whether the text is written as a name: its first letter is a capital, or it starts with a short lower-case
    /// particle before a capitalised word ("al-Hasakah", "de Panne"). "reading", "nice" and "mobile" are words.
    /// </summary>
    public static bool IsCapitalised(ReadOnlySpan<char> text)
    {
        var first = text.IndexOfAnyExcept(" '\u2019-");
        if (first < 0 || !char.IsLetter(text[first]))
            return false;
        if (char.IsUpper(text[first]))
            return true;
        var word = text[first..];
        var end = 0;
        while (end < word.Length && char.IsLetter(word[end]))
            end++;
        if (end > 3 || end == word.Length)
            return false;
        var rest = word[end..];
        var next = rest.IndexOfAnyExcept(" '\u2019-");
        return next >= 0 && char.IsUpper(rest[next]);
    }

    /// <summary>Whether the text is an acronym: two letters or more, all capitals ("UK", "U.S.", "NATO").</summary>
    public static bool IsAcronym(ReadOnlySpan<char> text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
                return false;
            if (char.IsLetter(c))
                letters++;
        }
        return letters >= 2;
    }

    /// <summary>Writes the folded form of one letter or digit and returns how many characters it took.</summary>
    internal static int Letter(char c, Span<char> destination)
    {
        if (c < 0x80)
        {
            destination[0] = char.ToLowerInvariant(c);
            return 1;
        }
        var pair = c switch
        {
            'ß' => "ss",
            'Æ' or 'æ' => "ae",
            'Œ' or 'œ' => "oe",
            'Þ' or 'þ' => "th",
            'Ĳ' or 'ĳ' => "ij",
            _ => null,
        };
        if (pair is not null)
        {
            pair.CopyTo(destination);
            return 2;
        }
        var mapped = c switch
        {
            >= '\u00C0' and <= '\u024F' => LatinBase[c - 0xC0],
            >= '\u1E00' and <= '\u1EFF' => LatinExtendedBase[c - 0x1E00],
            _ => '-',
        };
        destination[0] = mapped == '-' ? char.ToLowerInvariant(c) : mapped;
        return 1;
    }
}
