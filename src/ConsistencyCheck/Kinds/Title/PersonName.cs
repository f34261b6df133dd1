using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Title;

/// <summary>
/// A person's name in running text: one to four capitalised words ("Jens Stoltenberg", "Peskov"), with name
/// particles ("Ursula von der Leyen", "de Vries"), hyphens ("Lis-Kowalska"), an Irish "O'" ("O'Neill") and
/// editorial brackets ("[Vladimir] Putin") allowed inside. An honorific before it ("Ms", "Dr.") is not part of it.
/// </summary>
internal readonly record struct PersonName(int FirstToken, int LastToken, string Text)
{
    /// <summary>Capitalised words in a name, particles not counted.</summary>
    private const int MaxWords = 4;

    /// <summary>The surname: the last word with the particles before it ("von der Leyen").</summary>
    public string SurnameIn(English english) => Split(Text, english).Surname;

    /// <summary>The given name of a name as <see cref="Text"/> writes it, when it has more than the surname ("Elske" of "Elske van der Berg").</summary>
    public static string? GivenNameOf(string name, English english) => Split(name, english).GivenName;

    private static (string? GivenName, string Surname) Split(string name, English english)
    {
        var words = name.Split(' ');
        var first = words.Length - 1;
        while (first > 0 && IsParticle(words[first - 1], english))
            first--;
        return (first > 0 ? words[0] : null, string.Join(' ', words[first..]));
    }

    /// <summary>The name starting at token <paramref name="k"/>, if there is one; <paramref name="isVocabulary"/> rejects words that are titles.</summary>
    public static PersonName? At(string text, List<Token> tokens, int k, Func<int, bool> isVocabulary, English english)
    {
        var words = new List<string>();
        var named = 0;
        var last = -1;
        var i = k;
        // "the spokeswoman, Ms Berg," and "Dr. Anna Berg": the honorific is said of the person, it is not her name
        if (i < tokens.Count && IsAbbreviation(text, tokens[i], english))
            i += Attached(text, tokens, i + 1, '.') ? 2 : 1;
        for (; i < tokens.Count && named < MaxWords; i++)
        {
            var token = tokens[i];
            var word = text.AsSpan(token.Start, token.Length);
            if (token.Kind == TokenKind.Punctuation && ((word is "[" && i + 1 < tokens.Count) || (word is "]" && words.Count > 0)))
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
            if (IsIrishO(text, tokens, i, english))
            {
                words.Add(text[token.Start..tokens[i + 2].End]);
                named++;
                last = i += 2;
                continue;
            }
            if (IsParticle(word, english))
            {
                // "von der Leyen": the particles belong to the name only when a name word follows them
                var j = i;
                while (j < tokens.Count && tokens[j].Kind == TokenKind.Word && IsParticle(text.AsSpan(tokens[j].Start, tokens[j].Length), english))
                    j++;
                if (j < tokens.Count && j > i && IsNameWord(text, tokens[j], english) && !isVocabulary(j) && !IsParticle(text.AsSpan(tokens[j].Start, tokens[j].Length), english))
                {
                    for (; i < j; i++)
                        words.Add(text.Substring(tokens[i].Start, tokens[i].Length));
                    i--;
                    continue;
                }
                if (words.Count == 0 || !IsNameWord(text, token, english))
                    break;
            }
            if (!IsNameWord(text, token, english) || isVocabulary(i))
                break;
            words.Add(word.ToString());
            named++;
            last = i;
        }
        return last < 0 ? null : new PersonName(k, last, string.Join(' ', words));
    }

    /// <summary>The name that ends at token <paramref name="k"/>, read backwards.</summary>
    public static PersonName? EndingAt(string text, List<Token> tokens, int k, Func<int, bool> isVocabulary, English english)
    {
        if (k < 0 || !IsNameWord(text, tokens[k], english) || isVocabulary(k))
            return null;
        var first = k;
        var named = 1;
        while (first > 0)
        {
            var p = first - 1;
            var word = text.AsSpan(tokens[p].Start, tokens[p].Length);
            if (tokens[p].Kind == TokenKind.Word && IsParticle(word, english))
                first = p;
            else if (tokens[p].Kind == TokenKind.Punctuation && word is "[" or "]")
                first = p;
            else if (p > 0 && tokens[p].Kind == TokenKind.Punctuation && word is "-" && tokens[p - 1].End == tokens[p].Start
                     && tokens[p].End == tokens[p + 1].Start && IsNameWord(text, tokens[p - 1], english))
                first = p - 1; // "Lis-Kowalska"
            else if (p > 0 && IsIrishO(text, tokens, p - 1, english))
                first = p - 1; // "O'Neill"
            else if (named < MaxWords && IsNameWord(text, tokens[p], english) && !isVocabulary(p))
                (first, named) = (p, named + 1);
            else
                break;
        }
        // The first tokens may be particles or brackets that start no name ("the talks with de…"): start later then
        for (; first <= k; first++)
        {
            if (At(text, tokens, first, isVocabulary, english) is { LastToken: var last } name && last == k)
                return name;
        }
        return null;
    }

    /// <summary>"O'Neill": a capital letter, an apostrophe and a name word, written together.</summary>
    private static bool IsIrishO(string text, List<Token> tokens, int k, English english) =>
        tokens[k].Kind == TokenKind.Word && tokens[k].Length == 1 && char.IsUpper(text[tokens[k].Start]) && k + 2 < tokens.Count
        && IsApostrophe(text.AsSpan(tokens[k + 1].Start, tokens[k + 1].Length))
        && tokens[k].End == tokens[k + 1].Start && tokens[k + 1].End == tokens[k + 2].Start && IsNameWord(text, tokens[k + 2], english);

    private static bool IsApostrophe(ReadOnlySpan<char> word) => word is "'" or "\u2019";

    private static bool Attached(string text, List<Token> tokens, int k, char mark) =>
        k < tokens.Count && k > 0 && text[tokens[k].Start] == mark && tokens[k].Length == 1 && tokens[k - 1].End == tokens[k].Start;

    private static bool IsParticle(ReadOnlySpan<char> word, English english) => english.NameParticles.ContainsWord(word);

    private static bool IsAbbreviation(string text, Token token, English english) =>
        token.Kind == TokenKind.Word && english.Abbreviations.ContainsWord(text.AsSpan(token.Start, token.Length));

    /// <summary>
    /// A capitalised word that may be part of a name: not a month or weekday, not an acronym, not a grammar word
    /// capitalised at the start of a sentence ("In South Ossetia"), not an abbreviation ("Mr", "Jr", "Corp").
    /// </summary>
    private static bool IsNameWord(string text, Token token, English english)
    {
        if (token.Kind != TokenKind.Word || token.Length < 2)
            return false;
        var word = text.AsSpan(token.Start, token.Length);
        return char.IsUpper(word[0]) && !english.Articles.ContainsWord(word)
            && !CalendarWords.Months.ContainsKey(word) && !CalendarWords.Weekdays.ContainsKey(word)
            && (word.Length < 2 || !char.IsUpper(word[1]) || word.Length > 4)
            && !english.FunctionWords.ContainsWord(word)
            && !english.Abbreviations.ContainsWord(word);
    }
}
