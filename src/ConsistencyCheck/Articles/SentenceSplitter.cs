using ConsistencyCheck.Language;

namespace ConsistencyCheck.Articles;

/// <summary>
/// Splits an article's prose into sentences: every block Markdown gives (a paragraph, a heading, a list item, a table
/// cell) is at least one, and a block breaks after . ! or ? (and any closing quotes) when the next word starts a new
/// sentence and the dot does not end an abbreviation or an initial.
/// </summary>
internal static class SentenceSplitter
{
    public static List<Sentence> Split(string prose, IReadOnlyList<ProseBlock> blocks, English english)
    {
        var sentences = new List<Sentence>();
        var section = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            var heading = block.Role == BlockRole.Heading
                || (block.Role == BlockRole.Paragraph && IsHeading(prose.AsSpan(block.Start, block.End - block.Start), english) && !ContinuesInNextBlock(prose, blocks, i));
            if (heading)
                section++;
            SplitLine(prose, block.Start, block.End, sentences, heading, section, english);
        }
        return sentences;
    }

    /// <summary>A line the author broke by hand mid-sentence: the next block goes on in lower case.</summary>
    private static bool ContinuesInNextBlock(string prose, IReadOnlyList<ProseBlock> blocks, int i) =>
        i + 1 < blocks.Count && char.IsLower(prose[blocks[i + 1].Start]);

    private static void SplitLine(string text, int start, int end, List<Sentence> sentences, bool heading, int section, English english)
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
            if (c == '.' && EndsAbbreviation(text, sentenceStart, i, english))
                continue;
            Add(text, sentenceStart, after, sentences, heading: false, section);
            sentenceStart = next;
            i = next - 1;
        }
        Add(text, sentenceStart, end, sentences, heading && sentenceStart == start, section);
    }

    /// <summary>
    /// A paragraph that is a heading: a short line that ends without punctuation. Not a list item,
    /// a table row, a quotation block, a pull quote, a social-media post, a timeline entry ("09:10 Crane falls") or a
    /// pointer to another story ("SEE ALSO: …"): taking such a line for a heading would set it against the text.
    /// </summary>
    private static bool IsHeading(ReadOnlySpan<char> line, English english)
    {
        line = line.Trim();
        if (line.IsEmpty)
            return false;
        if (line[0] is '-' or '*' or '+' or '|' or '>' or '@' || IsOpeningQuote(line[0]) || StartsWithNumbering(line))
            return false;
        var colon = line.IndexOf(':');
        if (colon > 0 && english.CrossReferences.ContainsWord(line[..colon].Trim()))
            return false;
        var last = line.TrimEnd("\"'\u201D\u2019)]\u00BB*_").TrimEnd();
        if (last.IsEmpty || last[^1] is '.' or '!' or '?' or ':' or ';' or ',')
            return false;
        // Longer lines without a full stop are paragraphs that lost it, not headings
        const int maxHeadingWords = 12;
        var words = 0;
        foreach (var range in line.SplitAny(" \t"))
            words += line[range].IsEmpty ? 0 : 1;
        return words <= maxHeadingWords;
    }

    /// <summary>"2) …", "3. …", "09:10 …": a list item or a time, written as digits and a mark.</summary>
    private static bool StartsWithNumbering(ReadOnlySpan<char> line)
    {
        var digits = 0;
        while (digits < line.Length && char.IsAsciiDigit(line[digits]))
            digits++;
        return digits is > 0 and <= 2 && digits < line.Length && line[digits] is '.' or ')' or ':'
            && (line[digits] == ':' || digits + 1 >= line.Length || line[digits + 1] == ' ');
    }

    private static bool IsOpeningQuote(char c) => c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '\u201E';

    private static bool IsClosing(char c) => c is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB';

    private static bool StartsSentence(char c) =>
        char.IsUpper(c) || char.IsDigit(c) || c is '"' or '\'' or '\u201C' or '\u2018' or '\u00AB' or '(' or '[';

    private static bool EndsAbbreviation(string text, int sentenceStart, int dot, English english)
    {
        var wordStart = dot;
        while (wordStart > sentenceStart && char.IsLetter(text[wordStart - 1]))
            wordStart--;
        var word = text.AsSpan(wordStart, dot - wordStart);
        if (word.Length == 1 && char.IsUpper(word[0]))
            return true; // an initial ("J. Smith") or the end of "U.S."
        return word.Length > 0 && english.Abbreviations.ContainsWord(word);
    }

    private static void Add(string text, int start, int end, List<Sentence> sentences, bool heading, int section)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (end > start)
            sentences.Add(new Sentence(TextSpan.FromBounds(start, end), heading, section));
    }
}
