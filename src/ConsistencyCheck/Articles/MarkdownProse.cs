using ConsistencyCheck.Language;
using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace ConsistencyCheck.Articles;

/// <summary>
/// Reads an article body as Markdown and lays its prose over the file's own offsets: markup, link targets, HTML tags,
/// code and front matter become spaces, so every character a recogniser reads stands where the user sees it and no
/// position needs mapping back. Soft line breaks inside a paragraph become spaces, so a hard-wrapped sentence reads as
/// one.
/// </summary>
internal static class MarkdownProse
{
    // Built once: a pipeline is immutable and safe to share between threads.
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePreciseSourceLocation()
        .UsePipeTables()
        .UseFootnotes()
        .Build();

    // Wrappers break lines between these widths: a longer line is a paragraph of its own that happens to sit under
    // another, and a line much shorter than the narrowest wrap was broken by hand.
    private const int WidestWrap = 120;
    private const int NarrowestWrap = 60;

    public static (string Prose, List<ProseBlock> Blocks) Read(string text, int bodyStart, English english)
    {
        var prose = new char[text.Length];
        for (var i = 0; i < prose.Length; i++)
            prose[i] = text[i] == '\n' ? '\n' : ' ';
        var blocks = new List<ProseBlock>();
        var body = text[bodyStart..];
        var document = Markdown.Parse(body, Pipeline);
        var reader = new Reader(text, bodyStart, prose, blocks, english);
        foreach (var block in document)
            reader.Block(block, nested: false);
        blocks.Sort((a, b) => a.Start.CompareTo(b.Start));
        return (new string(prose), blocks);
    }

    private sealed class Reader(string text, int offset, char[] prose, List<ProseBlock> blocks, English english)
    {
        private int _imageDepth;
        private bool _textOutsideImages;

        public void Block(Block block, bool nested)
        {
            switch (block)
            {
                case HtmlBlock html:
                    Html(html);
                    return;
                case CodeBlock:
                case LinkReferenceDefinitionGroup:
                case ThematicBreakBlock:
                    return;
                case HeadingBlock heading:
                    Leaf(heading, BlockRole.Heading);
                    return;
                case ParagraphBlock paragraph:
                    Leaf(paragraph, nested ? BlockRole.Nested : BlockRole.Paragraph);
                    return;
                case LeafBlock leaf:
                    Leaf(leaf, BlockRole.Nested);
                    return;
                case ContainerBlock container:
                    // Footnotes, quotes, lists and tables hold prose, but none of their lines is a heading of the article.
                    foreach (var child in container)
                        Block(child, nested: true);
                    return;
            }
        }

        private void Leaf(LeafBlock leaf, BlockRole role)
        {
            if (leaf.Inline is null)
                return;
            var lines = new List<(int Start, int End)>();
            var line = (Start: -1, End: -1);
            _textOutsideImages = false;
            Inlines(leaf.Inline, lines, ref line);
            // A picture's alt text standing alone describes the picture: no heading of the article.
            if (!_textOutsideImages && role == BlockRole.Paragraph)
                role = BlockRole.Nested;
            if (line.Start >= 0)
                lines.Add(line);
            if (lines.Count == 0)
                return;
            // A paragraph whose lines were not wrapped by width is several paragraphs pasted without blank lines
            // between them (a headline over its first sentence); a wrapped one is one paragraph.
            var widest = lines.Max(l => l.End - l.Start);
            var wrapped = IsWrapped(lines, widest);
            var start = lines[0].Start;
            for (var i = 0; i + 1 < lines.Count; i++)
            {
                if (!StandsAlone(lines[i], lines[i + 1], widest, wrapped))
                {
                    Join(lines[i].End, lines[i + 1].Start);
                    continue;
                }
                blocks.Add(new ProseBlock(start, lines[i].End, role));
                start = lines[i + 1].Start;
            }
            blocks.Add(new ProseBlock(start, lines[^1].End, role));
        }

        /// <summary>A line break inside a paragraph is a space: the sentence goes on.</summary>
        private void Join(int end, int nextStart)
        {
            for (var i = end; i < nextStart; i++)
                prose[i] = ' ';
        }

        /// <summary>Three lines or more of which all but the last fill most of one width: text a wrapper broke.</summary>
        private static bool IsWrapped(List<(int Start, int End)> lines, int widest) =>
            lines.Count >= 3 && widest is >= NarrowestWrap and <= WidestWrap && lines.Take(lines.Count - 1).All(l => (l.End - l.Start) * 10 >= widest * 6);

        /// <summary>
        /// Whether a line ends a paragraph of its own: the next line starts like a sentence, and the line is not one
        /// a wrapper broke because the next word did not fit.
        /// </summary>
        private bool StandsAlone((int Start, int End) line, (int Start, int End) next, int widest, bool wrapped)
        {
            var first = prose[next.Start];
            if (char.IsLower(first))
                return false;
            if (EndsSentence(line))
                return !wrapped;
            if (!(char.IsUpper(first) || char.IsDigit(first) || first is '"' or '\u201C' or '\u2018' or '\u00AB' or '\'' or '(')
                || EndsWithFunctionWord(line))
                return false;
            var length = line.End - line.Start;
            if (length > WidestWrap)
                return true;
            var word = next.Start;
            while (word < next.End && !char.IsWhiteSpace(prose[word]))
                word++;
            return length + 1 + (word - next.Start) <= Math.Max(widest, NarrowestWrap);
        }

        /// <summary>"… will meet on" goes on: no headline or paragraph ends on a preposition, an article or a conjunction.</summary>
        private bool EndsWithFunctionWord((int Start, int End) line)
        {
            var start = line.End;
            while (start > line.Start && char.IsLetter(prose[start - 1]))
                start--;
            return start < line.End && english.FunctionWords.ContainsWord(prose.AsSpan(start, line.End - start));
        }

        private bool EndsSentence((int Start, int End) line)
        {
            var at = line.End - 1;
            while (at > line.Start && prose[at] is '"' or '\'' or '\u201D' or '\u2019' or ')' or ']' or '\u00BB')
                at--;
            return prose[at] is '.' or '!' or '?';
        }

        private void Inlines(ContainerInline container, List<(int Start, int End)> lines, ref (int Start, int End) line)
        {
            foreach (var inline in container)
            {
                switch (inline)
                {
                    case LineBreakInline:
                        if (line.Start >= 0)
                            lines.Add(line);
                        line = (-1, -1);
                        break;
                    case LiteralInline literal:
                        Reveal(inline, literal.Content.ToString(), ref line);
                        break;
                    case HtmlEntityInline entity:
                        Reveal(inline, entity.Transcoded.ToString(), ref line);
                        break;
                    case CodeInline code:
                        Reveal(inline, code.Content, ref line);
                        break;
                    case AutolinkInline link:
                        Reveal(inline, link.Url, ref line);
                        break;
                    case FootnoteLink:
                        break;
                    case LinkInline { IsImage: true } image:
                        _imageDepth++;
                        Inlines(image, lines, ref line);
                        _imageDepth--;
                        break;
                    case ContainerInline children:
                        // Emphasis, a link's text, an image's alt text: the words count, the marks and the address do not.
                        Inlines(children, lines, ref line);
                        break;
                }
            }
        }

        /// <summary>
        /// Writes an inline's text over its source span, aligned to the span's end when markup precedes it ("\*"), to its
        /// start when markup follows it ("&amp;amp;" is "&amp;" and four spaces).
        /// </summary>
        private void Reveal(Inline inline, string content, ref (int Start, int End) line)
        {
            if (inline.Span.IsEmpty || content.Length == 0)
                return;
            var start = inline.Span.Start + offset;
            var end = inline.Span.End + offset + 1;
            if (end - start < content.Length)
                return;
            var at = inline is HtmlEntityInline ? start : IndexOfContent(start, end, content);
            content.CopyTo(0, prose, at, content.Length);
            var textStart = at;
            var textEnd = at + content.Length;
            while (textStart < textEnd && char.IsWhiteSpace(prose[textStart]))
                textStart++;
            while (textEnd > textStart && char.IsWhiteSpace(prose[textEnd - 1]))
                textEnd--;
            if (textEnd == textStart)
                return;
            _textOutsideImages |= _imageDepth == 0;
            line = line.Start < 0 ? (textStart, textEnd) : (line.Start, Math.Max(line.End, textEnd));
        }

        /// <summary>Where an inline's text stands in its span: as written if it is there, else right-aligned after an escape.</summary>
        private int IndexOfContent(int start, int end, string content)
        {
            var found = text.IndexOf(content, start, end - start, StringComparison.Ordinal);
            return found >= 0 ? found : end - content.Length;
        }

        /// <summary>An HTML block keeps the text between its tags; comments, scripts and styles are not prose.</summary>
        private void Html(HtmlBlock html)
        {
            var start = html.Span.Start + offset;
            var end = Math.Min(text.Length, html.Span.End + offset + 1);
            var first = -1;
            var last = -1;
            for (var i = start; i < end;)
            {
                if (text[i] == '<')
                {
                    i = SkipTag(i, end);
                    continue;
                }
                if (text[i] != '\n')
                {
                    prose[i] = text[i];
                    if (!char.IsWhiteSpace(text[i]))
                    {
                        first = first < 0 ? i : first;
                        last = i + 1;
                    }
                }
                i++;
            }
            if (first >= 0)
                blocks.Add(new ProseBlock(first, last, BlockRole.Nested));
        }

        private int SkipTag(int at, int end)
        {
            foreach (var (open, close) in Hidden)
            {
                if (string.CompareOrdinal(text, at, open, 0, open.Length) == 0 || (open[1] != '!' && text.AsSpan(at, Math.Min(open.Length, end - at)).Equals(open, StringComparison.OrdinalIgnoreCase)))
                {
                    var closing = text.IndexOf(close, at + open.Length, end - at - open.Length, StringComparison.OrdinalIgnoreCase);
                    return closing < 0 ? end : closing + close.Length;
                }
            }
            var gt = text.IndexOf('>', at, end - at);
            return gt < 0 ? end : gt + 1;
        }

        private static readonly (string Open, string Close)[] Hidden = [("<!--", "-->"), ("<script", "</script>"), ("<style", "</style>")];
    }
}

/// <summary>What a stretch of prose is to the article: a heading, a paragraph of its own, or text inside a list, quote, table or note.</summary>
internal enum BlockRole : byte
{
    Heading,
    Paragraph,
    Nested,
}

/// <summary>One paragraph's prose, as offsets into the article's text (its first to its last visible character).</summary>
internal readonly record struct ProseBlock(int Start, int End, BlockRole Role);
