using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;
using FuzzySharp;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// Quotes compared word by word. The same words (up to punctuation, case, an editor's brackets and ellipses, or one
/// quoting part of the other) agree; a polarity flip at the same spot (a negation added or dropped, a word swapped
/// for its antonym) or the same words given to another speaker contradict; other differences are a variant.
/// </summary>
internal static class QuoteComparison
{
    /// <summary>
    /// How alike two quotes' content words are (0-100): the mean of FuzzySharp's token-set ratio, which is high when
    /// one quote gives part of the other, and its token-sort ratio, which is lower when one says much more than the
    /// other ("close the school" against "close the road to the school before the summer holidays"). A word facing
    /// its antonym counts as the same word, so that a quote and its flipped form align, and are then compared.
    /// Quotes made only of grammar words are compared by all their words.
    /// </summary>
    public static int Similarity(ReportedQuote a, ReportedQuote b, QuoteVocabulary vocabulary)
    {
        if (a.Content.Length == 0 || b.Content.Length == 0)
            return Mean(a.Words, b.Words);
        var x = a.Content.Split(' ');
        var y = b.Content.Split(' ').Select(w => x.FirstOrDefault(v => vocabulary.AreOpposites(v, w)) ?? w);
        return Mean(a.Content, string.Join(' ', y));
    }

    private static int Mean(string x, string y) => (Fuzz.TokenSetRatio(x, y) + Fuzz.TokenSortRatio(x, y)) / 2;

    /// <summary>How alike the whole wording is (0-100), word order and length included: what makes quotes by two speakers the same words.</summary>
    public static int Wording(ReportedQuote a, ReportedQuote b) => Fuzz.Ratio(a.Words, b.Words);

    /// <summary>
    /// Whether the two quotes can be the same words: equal where both give words, an ellipsis or an editor's
    /// bracket standing for any words of the other, and one allowed to quote only a stretch of the other; at least
    /// <paramref name="minWords"/> words (or all of the shorter) must match.
    /// </summary>
    public static bool SameWords(ReportedQuote a, ReportedQuote b, int minWords)
    {
        var x = Pattern(a.Tokens);
        var y = Pattern(b.Tokens);
        var matched = Math.Max(Matches(Excerpt(x), y), Matches(x, Excerpt(y)));
        var needed = Math.Max(1, Math.Min(minWords, Math.Min(x.Count(p => p is not null), y.Count(p => p is not null))));
        return matched >= needed;
    }

    public static Comparison Compare(ReportedQuote a, ReportedQuote b, QuoteVocabulary vocabulary, int minWords)
    {
        if (a.SpeakerKey != b.SpeakerKey)
            return new Comparison(Verdict.Contradict, $"the same words are given to {a.Speaker} in one and to {b.Speaker} in the other");
        // Flips first: an ellipsis or a quote of part of the other may not hide a negation ("Not one ship…" and "One ship…").
        if (Flip(WordsOf(a), WordsOf(b), vocabulary) is { } flip)
            return new Comparison(Verdict.Contradict, flip);
        if (SameWords(a, b, minWords))
        {
            return a.Words == b.Words
                ? new Comparison(Verdict.Agree, "the same words")
                : new Comparison(Verdict.Agree, "the same words, up to punctuation, brackets, ellipses or one quoting part of the other");
        }
        return new Comparison(Verdict.Variant,
            $"the words differ but no negation or antonym flips them (similarity {Similarity(a, b, vocabulary)}% in content words, {Wording(a, b)}% word for word)");
    }

    private static string[] WordsOf(ReportedQuote quote) => [.. quote.Tokens.Where(t => t.IsWord).Select(t => t.Text)];

    /// <summary>The quote as a pattern: a word, or null for a wildcard (an ellipsis, or a run of an editor's words).</summary>
    private static List<string?> Pattern(IReadOnlyList<QuoteToken> tokens)
    {
        var pattern = new List<string?>(tokens.Count);
        foreach (var token in tokens)
        {
            if (token.Kind == QuoteTokenKind.Word)
                pattern.Add(token.Text);
            else if (pattern.Count == 0 || pattern[^1] is not null)
                pattern.Add(null);
        }
        return pattern;
    }

    /// <summary>The pattern of a quote that may be a stretch of a longer one: any words may come before and after it.</summary>
    private static List<string?> Excerpt(List<string?> pattern)
    {
        var excerpt = new List<string?>(pattern.Count + 2);
        if (pattern.Count == 0 || pattern[0] is not null)
            excerpt.Add(null);
        excerpt.AddRange(pattern);
        if (pattern.Count == 0 || pattern[^1] is not null)
            excerpt.Add(null);
        return excerpt;
    }

    /// <summary>
    /// The most words two patterns can match in a text both fit, or -1 when no text fits both. A wildcard of one side
    /// may take any run of the other's words and wildcards.
    /// </summary>
    private static int Matches(List<string?> x, List<string?> y)
    {
        const int None = -1;
        var n = x.Count;
        var m = y.Count;
        var best = new int[n + 1, m + 1];
        for (var i = n; i >= 0; i--)
        {
            for (var j = m; j >= 0; j--)
            {
                if (i == n && j == m)
                {
                    best[i, j] = 0;
                    continue;
                }
                var value = None;
                if (i < n && x[i] is null)
                    value = Math.Max(best[i + 1, j], j < m ? best[i, j + 1] : None);
                if (j < m && y[j] is null)
                    value = Math.Max(value, Math.Max(best[i, j + 1], i < n ? best[i + 1, j] : None));
                if (i < n && j < m && x[i] is { } word && word == y[j] && best[i + 1, j + 1] != None)
                    value = Math.Max(value, best[i + 1, j + 1] + 1);
                best[i, j] = value;
            }
        }
        return best[0, 0];
    }

    /// <summary>
    /// The polarity flip between two wordings, in words, or null. The words are aligned (longest common subsequence);
    /// in each stretch where they differ at one place, a negation on one side only or a word facing its antonym is a
    /// flip. Two flips cancel ("will not lose" and "will win").
    /// </summary>
    private static string? Flip(string[] a, string[] b, QuoteVocabulary vocabulary)
    {
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
        {
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);
        }
        var flips = 0;
        string? reason = null;
        var (pi, pj) = (-1, -1);
        var (ai, bj) = (0, 0);
        while (true)
        {
            while (ai < a.Length && bj < b.Length && a[ai] != b[bj])
            {
                if (common[ai + 1, bj] >= common[ai, bj + 1])
                    ai++;
                else
                    bj++;
            }
            var end = ai >= a.Length || bj >= b.Length;
            var (qi, qj) = end ? (a.Length, b.Length) : (ai, bj);
            var x = a.AsSpan(pi + 1, qi - pi - 1);
            var y = b.AsSpan(pj + 1, qj - pj - 1);
            if (Local(x.Length, y.Length, first: pi < 0, last: end))
            {
                foreach (var (found, count) in Flips(x, y, vocabulary))
                {
                    flips += count;
                    reason ??= $"{found} (\"{Context(a, pi, qi)}\" against \"{Context(b, pj, qj)}\")";
                }
            }
            if (end)
                break;
            (pi, pj) = (ai, bj);
            ai++;
            bj++;
        }
        return flips % 2 == 1 ? reason : null;
    }

    /// <summary>
    /// Whether a stretch where the wordings differ is one place in both quotes. Between aligned words it is. At the
    /// start it is when short, for a negation there turns what follows ("Not one ship…"); at the end only when both
    /// quotes have words there ("will win" and "will lose"), since otherwise one quote simply goes on.
    /// </summary>
    private static bool Local(int x, int y, bool first, bool last)
    {
        if (x == 0 && y == 0)
            return false;
        if (first && last)
            return x > 0 && y > 0 && Math.Max(x, y) <= 2;
        if (first)
            return Math.Max(x, y) <= 2;
        return !last || (x > 0 && y > 0 && Math.Max(x, y) <= 2);
    }

    /// <summary>The flips in one stretch where the wordings differ: each with its description and how many flips it makes.</summary>
    private static List<(string Found, int Count)> Flips(ReadOnlySpan<string> x, ReadOnlySpan<string> y, QuoteVocabulary vocabulary)
    {
        var found = new List<(string, int)>();
        var negationsX = Negations(x, vocabulary);
        var negationsY = Negations(y, vocabulary);
        if (negationsX.Count != negationsY.Count)
        {
            var (more, fewer) = negationsX.Count > negationsY.Count ? (negationsX, negationsY) : (negationsY, negationsX);
            var word = more.FirstOrDefault(w => !fewer.Contains(w)) ?? more[0];
            found.Add(($"the negation \"{word}\" stands in one and not at the same spot in the other", Math.Abs(negationsX.Count - negationsY.Count)));
        }
        var used = new bool[y.Length];
        foreach (var wx in x)
        {
            for (var k = 0; k < y.Length; k++)
            {
                if (used[k] || !vocabulary.AreOpposites(wx, y[k]))
                    continue;
                used[k] = true;
                found.Add(($"\"{wx}\" in one stands where the other has its opposite \"{y[k]}\"", 1));
                break;
            }
        }
        return found;
    }

    private static List<string> Negations(ReadOnlySpan<string> words, QuoteVocabulary vocabulary)
    {
        var found = new List<string>();
        foreach (var word in words)
        {
            if (vocabulary.Negations.Contains(word))
                found.Add(word);
        }
        return found;
    }

    /// <summary>The words that differ with one aligned word either side, so the reason shows where the flip is.</summary>
    private static string Context(string[] words, int before, int after)
    {
        var from = Math.Max(0, before);
        var to = Math.Min(words.Length - 1, after);
        return string.Join(' ', words[from..(to + 1)]);
    }
}
