using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// Finds passages between quote marks in every common style: “ ” " " ‘ ’ ' ' « » „ “. A single mark is an apostrophe
/// unless it stands where a quote can open (after a space, before a letter) and a mark that can close it follows in
/// the same paragraph, so "don't", "the '90s" and "Jones' car" open nothing.
/// </summary>
internal static class QuoteScan
{
    private enum Style : byte
    {
        Curly,
        Low,
        Guillemet,
        Straight,
        Single,
    }

    // A long quote may run over paragraphs, each reopening it: a stray mark must not swallow the rest of the article.
    private const int MaxParagraphs = 8;

    public static void Find(string text, int start, List<QuotedPassage> found, English english)
    {
        var i = start;
        // Where a search for a closing mark of each style found none before the end of its paragraph: a later mark of
        // that style in the same stretch cannot close there either, so a run of unclosed marks costs one scan, not one
        // scan each.
        var unclosedUntil = new int[Enum.GetValues<Style>().Length];
        while (i < text.Length)
        {
            if (Opens(text, start, i, english) is { } style && Close(text, i, style, unclosedUntil) is { } passage)
            {
                found.Add(passage);
                i = passage.Outer.End;
            }
            else
            {
                i++;
            }
        }
    }

    private static Style? Opens(string text, int start, int i, English english)
    {
        var before = i > start ? text[i - 1] : '\n';
        var after = i + 1 < text.Length ? text[i + 1] : '\n';
        return text[i] switch
        {
            '\u201C' when !char.IsWhiteSpace(after) => Style.Curly,
            '\u201E' => Style.Low,
            '\u00AB' => Style.Guillemet,
            '"' when MayOpenAfter(before) && !char.IsWhiteSpace(after) => Style.Straight,
            '\u2018' when MayOpenAfter(before) && char.IsLetter(after) => Style.Single,
            '\'' when MayOpenAfter(before) && char.IsLetter(after) && !IsElision(text, i + 1, english) => Style.Single,
            _ => null,
        };
    }

    /// <summary>A quote opens after a space, a line start, a bracket, a dash or another opening mark, never inside a word.</summary>
    private static bool MayOpenAfter(char before) =>
        char.IsWhiteSpace(before) || before is '(' or '[' or '{' or '\u2014' or '\u2013' or '-' or '/' or '"' or '\u201C' or '\u201E' or '\u00AB';

    /// <summary>"'til", "rock 'n' roll": a word that is written with a leading apostrophe.</summary>
    private static bool IsElision(string text, int wordStart, English english)
    {
        var end = wordStart;
        while (end < text.Length && char.IsLetter(text[end]))
            end++;
        return english.Elisions.ContainsWord(text.AsSpan(wordStart, end - wordStart));
    }

    /// <summary>
    /// The passage the mark at <paramref name="open"/> opens, or null when nothing closes it. A quote that opens a
    /// paragraph may run over the next ones when each reopens it (the convention for long quotes), or close in the
    /// next paragraph without reopening.
    /// </summary>
    private static QuotedPassage? Close(string text, int open, Style style, int[] unclosedUntil)
    {
        var parts = new List<TextSpan>();
        var partStart = open + 1;
        var reopened = true;
        for (var paragraph = 0; paragraph < MaxParagraphs; paragraph++)
        {
            var lineEnd = text.IndexOf('\n', partStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            var scanFrom = paragraph == 0 && open < unclosedUntil[(int)style] ? lineEnd : partStart;
            for (var j = scanFrom; j < lineEnd; j++)
            {
                if (Closes(text, open, j, style))
                {
                    Add(text, partStart, j, parts);
                    return parts.Count == 0 ? null : new QuotedPassage(TextSpan.FromBounds(open, j + 1), parts);
                }
                if (style == Style.Straight && text[j] == '"')
                    return null; // a straight mark that cannot close: the marks are not paired as quotes
            }
            if (paragraph == 0)
                unclosedUntil[(int)style] = lineEnd;
            if (style == Style.Single || !reopened || !OpensParagraph(text, open))
                return null;
            Add(text, partStart, lineEnd, parts);
            var next = NextParagraph(text, lineEnd);
            if (next < 0)
                return null;
            reopened = text[next] == text[open];
            partStart = reopened ? next + 1 : next;
        }
        return null;
    }

    private static bool Closes(string text, int open, int j, Style style)
    {
        var c = text[j];
        var after = j + 1 < text.Length ? text[j + 1] : '\n';
        return style switch
        {
            Style.Curly => c == '\u201D',
            Style.Low => c is '\u201C' or '\u201D',
            Style.Guillemet => c == '\u00BB',
            Style.Straight => c == '"' && !char.IsLetterOrDigit(after),
            _ => c is '\u2019' or '\'' && j > open + 1 && !char.IsWhiteSpace(text[j - 1]) && !char.IsLetterOrDigit(after)
                && !IsPluralPossessive(text, j),
        };
    }

    /// <summary>"the Joneses' car": an apostrophe after an s, followed by a lower-case word, closes nothing.</summary>
    private static bool IsPluralPossessive(string text, int j) =>
        text[j - 1] is 's' or 'S' && j + 2 < text.Length && text[j + 1] == ' ' && char.IsLower(text[j + 2]);

    private static bool OpensParagraph(string text, int open)
    {
        for (var k = open - 1; k >= 0 && text[k] != '\n'; k--)
        {
            if (!char.IsWhiteSpace(text[k]))
                return false;
        }
        return true;
    }

    /// <summary>The first character of the next paragraph with text, or -1.</summary>
    private static int NextParagraph(string text, int lineEnd)
    {
        for (var k = lineEnd; k < text.Length; k++)
        {
            if (!char.IsWhiteSpace(text[k]))
                return k;
        }
        return -1;
    }

    private static void Add(string text, int start, int end, List<TextSpan> parts)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            parts.Add(TextSpan.FromBounds(start, end));
    }
}
