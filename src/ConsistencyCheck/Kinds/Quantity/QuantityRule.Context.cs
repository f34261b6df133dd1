using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Language;
using ConsistencyCheck.Numbers;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>What a figure's clause says around it besides its subject: whose it is, where it holds, what it is for.</summary>
internal sealed partial class QuantityRule
{
    /// <summary>
    /// Whose figure it is, when a name stands right before one of the rule's owner verbs ahead of it in its clause:
    /// "The Green Party won 34 seats" is the Green Party's, so the Unity Party's 24 seats are another fact.
    /// </summary>
    private string? OwnerNear(string text, List<Token> tokens, QuantityMention figure, bool[] taken)
    {
        if (_ownerVerbs.Count == 0)
            return null;
        for (var k = figure.FirstToken - 1; k >= 1 && k >= figure.FirstToken - 4 && !EndsSearch(text, tokens[k], taken[k]); k--)
        {
            if (tokens[k].Kind != TokenKind.Word || !_ownerVerbs.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length)))
                continue;
            var first = k;
            while (first - 1 >= 0 && tokens[first - 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[first - 1].Start]) && !taken[first - 1])
                first--;
            // "The Green Party": the article that opens the sentence is no part of the name
            while (first < k && IsArticle(text.AsSpan(tokens[first].Start, tokens[first].Length)))
                first++;
            return first == k ? null : Places.Fold(text[tokens[first].Start..tokens[k - 1].End]);
        }
        return null;
    }

    /// <summary>
    /// Where the figure holds, when its clause names a place the gazetteer knows: "12 people were killed in Kharkiv",
    /// "In Odesa, five died". Figures of two places are two facts.
    /// </summary>
    private string? PlaceNear(string text, List<Token> tokens, QuantityMention figure, bool[] taken)
    {
        for (var k = figure.LastToken + 1; k + 1 < tokens.Count && !EndsSearch(text, tokens[k], taken[k]); k++)
        {
            if (tokens.IsWord(text, k, "in", "at") && PlaceAt(text, tokens, k + 1, taken) is { } after)
                return after;
        }
        // "In Odesa, five people died": a place that opens the sentence dates nothing but places all of it
        return tokens.IsWord(text, 0, "in") && PlaceAt(text, tokens, 1, taken) is { } opening ? opening : null;
    }

    private string? PlaceAt(string text, List<Token> tokens, int first, bool[] taken)
    {
        var last = first - 1;
        while (last + 1 < tokens.Count && last - first < 3 && !taken[last + 1] && tokens[last + 1].Kind == TokenKind.Word && char.IsUpper(text[tokens[last + 1].Start]))
            last++;
        if (last < first)
            return null;
        var name = text[tokens[first].Start..tokens[last].End];
        return _gazetteer.Resolve(name) is not null && !_english.FunctionWords.ContainsWord(name) ? name : null;
    }

    /// <summary>
    /// The words of the noun phrase that opens the clause ending at <paramref name="end"/> ("The mission has been built
    /// and insured at …" gives "mission"), folded; empty when the clause opens otherwise.
    /// </summary>
    private List<string> ClauseSubject(string text, List<Token> tokens, bool[] taken, int end)
    {
        var start = end;
        var making = false;
        while (start > 0 && !taken[start - 1] && tokens[start - 1].Kind != TokenKind.Punctuation)
        {
            start--;
            making |= _makingVerbs.ContainsWord(text.AsSpan(tokens[start].Start, tokens[start].Length));
        }
        making |= _makingVerbs.ContainsWord(text.AsSpan(tokens[end].Start, tokens[end].Length));
        // "renovated at a cost of €40m" is what the renovation cost, not the stadium
        if (!making)
            return [];
        while (start <= end && IsArticle(text.AsSpan(tokens[start].Start, tokens[start].Length)))
            start++;
        var words = new List<string>();
        for (var k = start; k <= end && IsContentWord(text, tokens[k]) && !IsVerb(text, tokens, taken, k); k++)
            words.Add(Places.Fold(text.Substring(tokens[k].Start, tokens[k].Length)));
        return words;
    }

    /// <summary>
    /// What a figure with no subject word is for: "€25m for the launch" gives "launch"; null without "for", and for a
    /// name ("$61bn for Ukraine" says who gets it, not what it buys).
    /// </summary>
    private string? Purpose(string text, List<Token> tokens, QuantityMention figure, bool[] taken)
    {
        var k = figure.LastToken + 1;
        if (k + 1 >= tokens.Count || !tokens.IsWord(text, k, "for"))
            return null;
        k++;
        if (IsArticle(text.AsSpan(tokens[k].Start, tokens[k].Length)) || _numbers.Determiners.ContainsWord(text.AsSpan(tokens[k].Start, tokens[k].Length)))
            k++;
        if (k >= tokens.Count || char.IsUpper(text[tokens[k].Start]))
            return null;
        var words = new List<string>();
        for (; k < tokens.Count && !taken[k] && IsContentWord(text, tokens[k]) && words.Count < 3; k++)
            words.Add(Places.Fold(text.Substring(tokens[k].Start, tokens[k].Length)));
        // "for the launch itself": a reflexive word only stresses the noun before it
        if (words.Count > 1 && _english.Reflexives.Contains(words[^1]))
            words.RemoveAt(words.Count - 1);
        return words.Count == 0 ? null : string.Join(' ', words);
    }

    /// <summary>
    /// Whether the figure's clause says it is a whole ("3,000 people worldwide", "in total"): set against a figure of one
    /// place ("1,200 in Germany") it is the total that part belongs to, not a second report of it.
    /// </summary>
    private bool SaysWhole(string text, List<Token> tokens, QuantityMention figure, bool[] taken)
    {
        for (var k = figure.LastToken + 1; k < tokens.Count && !EndsSearch(text, tokens[k], taken[k]); k++)
        {
            if (_wholeWords.LongestAt(text, tokens, k) is not null)
                return true;
        }
        for (var k = figure.FirstToken - 1; k >= 0 && !EndsSearch(text, tokens[k], taken[k]); k--)
        {
            if (_wholeWords.LongestAt(text, tokens, k) is not null)
                return true;
        }
        return false;
    }
}
