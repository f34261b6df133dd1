using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers.Dates;

namespace ConsistencyCheck.Recognisers.People;

/// <summary>
/// A person's name in running text: one to four capitalised words ("Jens Stoltenberg", "Peskov"), with name
/// particles ("Ursula von der Leyen") and editorial brackets ("[Vladimir] Putin") allowed inside.
/// </summary>
internal readonly record struct PersonName(int FirstToken, int LastToken, string Text)
{
    private const int MaxWords = 4;

    /// <summary>The surname: the last word of the name.</summary>
    public string Surname => Text[(Text.LastIndexOf(' ') + 1)..];

    /// <summary>The given name, when the text has more than the surname.</summary>
    public string? GivenName => Text.Contains(' ', StringComparison.Ordinal) ? Text[..Text.IndexOf(' ', StringComparison.Ordinal)] : null;

    /// <summary>The name starting at token <paramref name="k"/>, if there is one; <paramref name="isVocabulary"/> rejects words that are titles.</summary>
    public static PersonName? At(string text, List<Token> tokens, int k, Func<int, bool> isVocabulary)
    {
        var words = new List<string>();
        var last = -1;
        for (var i = k; i < tokens.Count && words.Count < MaxWords; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            if (token.Kind == TokenKind.Punctuation && word is "[" or "]" && words.Count > 0)
                continue;
            if (token.Kind == TokenKind.Punctuation && word is "-" && words.Count > 0 && i + 1 < tokens.Count
                && tokens[i - 1].End == token.Start && token.End == tokens[i + 1].Start && tokens[i + 1].Kind == TokenKind.Word)
            {
                words[^1] += "-" + text.Substring(tokens[i + 1].Start, tokens[i + 1].Length);
                last = ++i;
                continue;
            }
            if (token.Kind != TokenKind.Word)
                break;
            if (words.Count > 0 && English.Words.NameParticles.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word) && i + 1 < tokens.Count
                && IsNameWord(text, tokens[i + 1]))
            {
                words.Add(word.ToString());
                continue;
            }
            if (!IsNameWord(text, token) || isVocabulary(i))
                break;
            words.Add(word.ToString());
            last = i;
        }
        return last < 0 ? null : new PersonName(k, last, string.Join(' ', words));
    }

    /// <summary>The name that ends at token <paramref name="k"/>, read backwards.</summary>
    public static PersonName? EndingAt(string text, List<Token> tokens, int k, Func<int, bool> isVocabulary)
    {
        var first = k;
        while (first - 1 >= 0 && k - first + 1 < MaxWords && IsNameWord(text, tokens[first - 1]) && !isVocabulary(first - 1))
            first--;
        if (!IsNameWord(text, tokens[k]) || isVocabulary(k))
            return null;
        return At(text, tokens, first, isVocabulary) is { LastToken: var last } name && last == k ? name : null;
    }

    private static bool IsNameWord(string text, Token token)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
            return false;
        var word = text.AsSpan(token.Start, token.Length);
        return char.IsUpper(word[0]) && !word.Equals("The", StringComparison.Ordinal)
            && !CalendarWords.Months.ContainsKey(word) && !CalendarWords.Weekdays.ContainsKey(word)
            && (word.Length < 2 || !char.IsUpper(word[1]) || word.Length > 4);
    }
}
