using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A person (or a body such as a ministry) quoted in an article: the name in its fullest form the article gives, and a
/// key made from the last word of the name, so that "Jens Stoltenberg" and "Stoltenberg" are one speaker across outlets.
/// </summary>
internal readonly record struct Speaker(string Key, string Name)
{
    /// <summary>
    /// The last word of the name in lower case without diacritics, with the endings in which transliterations of one
    /// name differ made one ("Zelenskyy", "Zelenskiy" and "Zelensky" are all "zelensky").
    /// </summary>
    public static string KeyOf(string name)
    {
        var last = name.AsSpan(name.LastIndexOf(' ') + 1);
        var key = Places.Fold(last.ToString());
        return key.Length > 3 && key[^1] is 'y' or 'i' or 'j' && key[^2] is 'y' or 'i' ? key[..^2] + "y" : key;
    }
}
