using System.Collections.Frozen;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A quote rule's own words: the verbs that introduce speech, the titles that name an office, and the negations and
/// antonyms that flip what a quote means. They come from the rule's YAML so that users can extend them.
/// </summary>
internal sealed class QuoteVocabulary
{
    public QuoteVocabulary(IEnumerable<string> speakerVerbs, IEnumerable<string> titles, IEnumerable<string> negations,
        IEnumerable<(string A, string B)> antonyms)
    {
        SpeakerVerbs = speakerVerbs.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        Verbs = SpeakerVerbs.GetAlternateLookup<ReadOnlySpan<char>>();
        Titles = [.. titles.Select(Folded).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(t => t.Split(' ')).OrderByDescending(t => t.Length)];
        TitleWords = Titles.SelectMany(t => t).ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        Negations = negations.ToFrozenSet(StringComparer.Ordinal);
        var opposites = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (a, b) in antonyms)
        {
            Opposites(opposites, a).Add(b);
            Opposites(opposites, b).Add(a);
        }
        Antonyms = opposites.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToFrozenSet(StringComparer.Ordinal), StringComparer.Ordinal);
    }

    public FrozenSet<string> SpeakerVerbs { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Verbs { get; }

    /// <summary>Titles as lower-case words, longest first, so that "secretary general" wins over "general".</summary>
    public IReadOnlyList<string[]> Titles { get; }

    /// <summary>Every word of every title: the words a speaker's description may be made of besides names.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleWords { get; }

    /// <summary>Negations, lower case: "not" (and the "not" of "don't"), "never", "no"…</summary>
    public FrozenSet<string> Negations { get; }

    /// <summary>Each word with its opposites, both ways round.</summary>
    public FrozenDictionary<string, FrozenSet<string>> Antonyms { get; }

    public bool AreOpposites(string a, string b) => Antonyms.TryGetValue(a, out var opposites) && opposites.Contains(b);

    /// <summary>"Secretary-General" and "secretary general" are one title.</summary>
    private static string Folded(string title) =>
        string.Join(' ', title.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries));

    private static HashSet<string> Opposites(Dictionary<string, HashSet<string>> opposites, string word)
    {
        if (!opposites.TryGetValue(word, out var set))
            opposites[word] = set = new HashSet<string>(StringComparer.Ordinal);
        return set;
    }
}
