using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Recognisers;

/// <summary>
/// Who a sentence says gave its figures: the name after a source phrase ("according to the US Geological Survey",
/// "according to police"), or the name before a verb of saying ("The agency said", "Organisers said"). Two sources'
/// figures are two facts; the kinds that read figures decide what that means for them.
/// </summary>
internal sealed class Sources(Phrases sourceWords, FrozenSet<string> saidVerbs, FrozenSet<string> sourceNouns, English english)
{
    /// <summary>
    /// The source the sentence names nearest token <paramref name="near"/> (a figure), folded ("us geological survey",
    /// "police"), or null when it names none: "Organisers said two million, while police said 338,000" gives each
    /// figure its own.
    /// </summary>
    public string? In(string text, List<Token> tokens, int near = 0) => Nearest(All(text, tokens), near);

    /// <summary>The source of <paramref name="sources"/> nearest token <paramref name="near"/>, or null.</summary>
    public static string? Nearest(IReadOnlyList<(int Token, string Name)> sources, int near)
    {
        string? best = null;
        var distance = int.MaxValue;
        foreach (var (token, name) in sources)
        {
            if (Math.Abs(token - near) < distance)
                (best, distance) = (name, Math.Abs(token - near));
        }
        return best;
    }

    /// <summary>Every source the sentence names, with the token where it is named, read once for all its figures.</summary>
    public List<(int Token, string Name)> All(string text, List<Token> tokens)
    {
        var all = new List<(int, string)>();
        for (var k = 0; k < tokens.Count; k++)
        {
            string? found = null;
            if (sourceWords.LongestAt(text, tokens, k) is { } phrase)
            {
                var n = phrase.Last + 1;
                while (tokens.IsWord(text, n, "the") || tokens.IsMark(text, n, '\'') || tokens.IsMark(text, n, '\u2019') || tokens.IsWord(text, n, "s"))
                    n++;
                found = Noun(text, tokens, n) ?? NameRun(text, tokens, n, forward: true);
            }
            if (found is null && tokens[k].Kind == TokenKind.Word && saidVerbs.Contains(text.Substring(tokens[k].Start, tokens[k].Length)))
                found = Noun(text, tokens, k - 1) ?? NameRun(text, tokens, k - 1, forward: false);
            if (found is not null)
                all.Add((k, found));
        }
        return all;
    }

    /// <summary>A word that names a source without capitals ("police", "organisers").</summary>
    private string? Noun(string text, List<Token> tokens, int k) =>
        k >= 0 && k < tokens.Count && tokens[k].Kind == TokenKind.Word && sourceNouns.Contains(text.Substring(tokens[k].Start, tokens[k].Length))
            ? text.Substring(tokens[k].Start, tokens[k].Length).ToLowerInvariant() : null;

    /// <summary>The capitalised words (and the dots of "U.S.") running from token <paramref name="k"/>, folded.</summary>
    private string? NameRun(string text, List<Token> tokens, int k, bool forward)
    {
        var (first, last) = (k, k);
        bool Part(int i) => i >= 0 && i < tokens.Count && ((tokens[i].Kind == TokenKind.Word && char.IsUpper(text[tokens[i].Start])) || tokens.IsMark(text, i, '.'));
        if (!Part(k) || tokens[k].Kind != TokenKind.Word)
            return null;
        if (forward)
        {
            while (Part(last + 1) && last - first < 8)
                last++;
        }
        else
        {
            while (Part(first - 1) && last - first < 8)
                first--;
        }
        while (tokens[first].Kind != TokenKind.Word)
            first++;
        while (tokens[last].Kind != TokenKind.Word)
            last--;
        var name = text[tokens[first].Start..tokens[last].End];
        return english.FunctionWords.ContainsWord(name) ? null : Places.Fold(name).Replace(".", "", StringComparison.Ordinal);
    }

}
