using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Language;

/// <summary>A phrase of a vocabulary found in the tokens: the name it stands for and the tokens it covers.</summary>
internal readonly record struct PhraseMatch(string Name, int First, int Last);

/// <summary>
/// A vocabulary of phrases read from a rule ("secretary general: [secretary general, secretary-general]"), matched
/// against tokens word by word, case-insensitively, with a hyphen allowed wherever the phrase has a space.
/// </summary>
internal sealed class Phrases
{
    private readonly FrozenDictionary<string, (string[] Words, string Name)[]> _byFirst;
    private readonly FrozenDictionary<string, (string[] Words, string Name)[]> _byLast;

    private Phrases(List<(string[] Words, string Name)> phrases)
    {
        Names = [.. phrases.Select(p => p.Name).Distinct().Order(StringComparer.Ordinal)];
        _byFirst = Index(phrases, p => p.Words[0]);
        _byLast = Index(phrases, p => p.Words[^1]);
    }

    public IReadOnlyList<string> Names { get; }

    private static FrozenDictionary<string, (string[] Words, string Name)[]> Index(List<(string[] Words, string Name)> phrases, Func<(string[] Words, string Name), string> key) =>
        phrases.GroupBy(key, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(p => p.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);

    /// <summary>Names with their phrases: <c>key: { name: [phrase, phrase] }</c>.</summary>
    public static Phrases Read(YamlMap map, string key, bool required)
    {
        var phrases = new List<(string[], string)>();
        if (map.Map(key, required) is { } names)
        {
            foreach (var (nameNode, _) in names.Node.Children)
            {
                var name = nameNode.ToString();
                foreach (var phrase in names.Strings(name, required: true) ?? [])
                    phrases.Add((Split(phrase), name));
            }
        }
        return new Phrases(phrases);
    }

    /// <summary>Phrases each with the name it stands for, read by the caller from a shape of its own.</summary>
    public static Phrases Of(IEnumerable<(string Phrase, string Name)> phrases) =>
        new([.. phrases.Select(p => (Split(p.Phrase), p.Name))]);

    /// <summary>A plain list, each phrase its own name: <c>key: [former, ex]</c>.</summary>
    public static Phrases FromList(YamlMap map, string key) =>
        new([.. (map.Strings(key, required: false) ?? []).Select(p => (Split(p), p.ToLowerInvariant()))]);

    /// <summary>A phrase's words; a slash is a part of its own, matched by the slash between two words ("km/h").</summary>
    private static string[] Split(string phrase) => phrase.Replace("/", " / ", StringComparison.Ordinal).Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The longest phrase that starts at token <paramref name="k"/>.</summary>
    public PhraseMatch? LongestAt(string text, List<Token> tokens, int k)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word
            || !_byFirst.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(tokens[k].Start, tokens[k].Length), out var candidates))
            return null;
        foreach (var (words, name) in candidates)
        {
            if (MatchForward(text, tokens, k, words) is { } last)
                return new PhraseMatch(name, k, last);
        }
        return null;
    }

    /// <summary>The longest phrase whose last word is token <paramref name="j"/>.</summary>
    public PhraseMatch? EndingAt(string text, List<Token> tokens, int j)
    {
        if (j < 0 || tokens[j].Kind != TokenKind.Word
            || !_byLast.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(tokens[j].Start, tokens[j].Length), out var candidates))
            return null;
        foreach (var (words, name) in candidates)
        {
            var k = j;
            var matched = true;
            for (var w = words.Length - 1; w >= 0 && matched; w--)
            {
                if (k < 0 || tokens[k].Kind != TokenKind.Word || !text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(words[w], StringComparison.OrdinalIgnoreCase))
                {
                    matched = false;
                    break;
                }
                if (w > 0)
                    k = IsHyphen(text, tokens, k - 1) ? k - 2 : k - 1;
            }
            if (matched)
                return new PhraseMatch(name, k, j);
        }
        return null;
    }

    private static int? MatchForward(string text, List<Token> tokens, int k, string[] words)
    {
        for (var w = 0; w < words.Length; w++)
        {
            if (k >= tokens.Count || (tokens[k].Kind != TokenKind.Word && words[w] != "/") || !text.AsSpan(tokens[k].Start, tokens[k].Length).Equals(words[w], StringComparison.OrdinalIgnoreCase))
                return null;
            if (w < words.Length - 1)
                k = IsHyphen(text, tokens, k + 1) ? k + 2 : k + 1;
        }
        return k;
    }

    /// <summary>A hyphen joining the words on each side, with no space: "secretary-general".</summary>
    private static bool IsHyphen(string text, List<Token> tokens, int k) =>
        k > 0 && k + 1 < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] is '-' or '\u2010'
        && tokens[k - 1].End == tokens[k].Start && tokens[k].End == tokens[k + 1].Start;
}
