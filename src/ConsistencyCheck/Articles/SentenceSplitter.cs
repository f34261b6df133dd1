using ConsistencyCheck.Language;

namespace ConsistencyCheck.Articles;

/// <summary>
/// Splits a body into sentences: every line is at least one paragraph, and a paragraph breaks after
/// . ! or ? (and any closing quotes) when the next word starts a new sentence and the dot does not end an
/// abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string text, int start)
    {
        var sentences = new List<Sentence>();
        var lineStart = start;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
                lineEnd = text.Length;
            SplitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c is not ('.' or '!' or '?'))
                continue;
            var after = i + 1;
            while (after < end && IsClosing(text[after]))
                after++;
            if (after >= end || !char.IsWhiteSpace(text[after]))
                continue;
            var next = after;
            while (next < end && char.IsWhiteSpace(text[next]))
                next++;
            if (next >= end || !StartsSentence(text[next]))
                continue;
            if (c == '.' && EndsAbbreviation(text, sentenceStart, i))
                continue;
            Add(text, sentenceStart, after, sentences, heading: false);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, sentences, heading: sentenceStart == start && IsHeading(text.AsSpan(start, end - start)));
    }

    /// <summary>
    /// A line that is a heading: a Markdown heading, or a short line that ends without punctuation and is not a list
    /// item, a table row, a quotation block or a pointer to another story ("SEE ALSO: …").
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.IsEmpty)
            return false;
        if (line[0] == '#')
            return true;
        if (line[0] is '-' or '*' or '+' or '|' or '>' || (char.IsDigit(line[0]) && line.IndexOfAny('.', ')') is > 0 and < 4))
            return false;
        var colon = line.IndexOf(':');
        if (colon > 0 && English.Words.CrossReferences.GetAlternateLookup<ReadOnlySpan<char>>().Contains(line[..colon].Trim()))
            return false;
        var last = line.TrimEnd("\"'\u201D\u2019)]\u00BB*_").TrimEnd();
        if (last.IsEmpty || last[^1] is '.' or '!' or '?' or ':' or ';' or ',')
            return false;
        var words = 1;
        foreach (var c in line)
            words += c == ' ' ? 1 : 0;
        return words <= MaxHeadingWords;
    }

    private const int MaxHeadingWords = 12;

    private static bool IsClosing(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[';

    private static bool EndsAbbreviation(string text, int sentenceStart, int dot)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial ("J. Smith") or the end of "U.S."
        return word.Length > 0 && English.Words.Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences, bool heading)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(TextSpan.FromBounds(start, end), heading));
    }
}
