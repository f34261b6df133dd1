namespace ConsistencyCheck.Articles;

/// <summary>
/// A wire story's dateline: "COPENHAGEN, Nov 17 (BizWire) -" at the head of a paragraph says where and when the copy
/// was filed, not when anything in it happened.
/// </summary>
internal static class Dateline
{
    /// <summary>
    /// Whether tokens <paramref name="first"/> to <paramref name="last"/> (a date) stand in a dateline: after a place
    /// in capitals (and maybe its country) that opens the line, and before the agency ("(Reuters)", "/PRNewswire/")
    /// and the dash or colon.
    /// </summary>
    public static bool Holds(string text, List<Token> tokens, int first, int last)
    {
        if (first == 0 || !OpensLine(text, tokens[0].Start))
            return false;
        var capitals = false;
        for (var k = 0; k < first; k++)
        {
            var token = tokens[k];
            if (token.Kind == TokenKind.Number)
                return false;
            if (token.Kind == TokenKind.Punctuation)
            {
                if (text[token.Start] is not (',' or '.' or '\'' or '-' or '/'))
                    return false;
                continue;
            }
            var word = text.AsSpan(token.Start, token.Length);
            var upper = word.Length > 0 && AllCapitals(word);
            // The place in capitals first; after its comma, a country may follow in ordinary case ("MANDVI, India")
            if (!upper && (!capitals || !char.IsUpper(word[0])))
                return false;
            capitals |= upper && word.Length > 1;
        }
        if (!capitals)
            return false;
        var next = last + 1;
        // The year, if the date did not take it: "May 4, 2026"
        if (Mark(text, tokens, next, ',') && next + 1 < tokens.Count && tokens[next + 1].Kind == TokenKind.Number)
            next += 2;
        // The agency: "(Reuters)", "/PRNewswire/"
        foreach (var (open, close) in new[] { ('(', ')'), ('/', '/') })
        {
            if (!Mark(text, tokens, next, open))
                continue;
            next++;
            while (next < tokens.Count && !Mark(text, tokens, next, close))
                next++;
            next++;
            break;
        }
        return next < tokens.Count && tokens[next].Kind == TokenKind.Punctuation && text[tokens[next].Start] is '-' or '–' or '—' or ':';
    }

    private static bool Mark(string text, List<Token> tokens, int k, char mark) =>
        k < tokens.Count && tokens[k].Kind == TokenKind.Punctuation && text[tokens[k].Start] == mark;

    // "ZÜRICH", "SÃO PAULO": capitals of any script
    private static bool AllCapitals(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsUpper(c))
                return false;
        }
        return true;
    }

    private static bool OpensLine(string text, int start)
    {
        var k = start - 1;
        while (k >= 0 && text[k] is ' ' or '\t' or '*' or '_')
            k--;
        return k < 0 || text[k] == '\n';
    }
}
