using System.Collections.Frozen;

namespace ConsistencyCheck.Language;

/// <summary>Looks a word up in a vocabulary straight from the text, without making a string of it.</summary>
internal static class WordLookup
{
    public static bool ContainsWord(this FrozenSet<string> words, ReadOnlySpan<char> word) =>
        words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
}
