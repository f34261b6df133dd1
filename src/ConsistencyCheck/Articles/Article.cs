namespace ConsistencyCheck.Articles;

/// <summary>One outlet's article: its front matter, its text and the sentences of its body.</summary>
public sealed class Article
{
    internal Article(string path, FrontMatter frontMatter, string source, string prose, int bodyStart, IReadOnlyList<Sentence> sentences)
    {
        Path = path;
        FrontMatter = frontMatter;
        Text = prose;
        _source = source;
        BodyStart = bodyStart;
        Sentences = sentences;
        Lines = new LineMap(source);
    }

    /// <summary>The file name without its extension; stable across runs and used in reports.</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Path { get; }
    public FrontMatter FrontMatter { get; }
    public string Outlet => FrontMatter.Outlet;
    public DateOnly Published => FrontMatter.Published;

    /// <summary>
    /// The prose of the file, as long as the file with LF line ends: Markdown marks, link targets, tags, code and the
    /// front matter are spaces, and soft line breaks inside a paragraph are spaces, so an offset is a file position.
    /// </summary>
    public string Text { get; }

    public int BodyStart { get; }
    public ReadOnlySpan<char> Body => Text.AsSpan(BodyStart);
    public IReadOnlyList<Sentence> Sentences { get; }
    public LineMap Lines { get; }

    /// <summary>The sentence that holds this offset, if any.</summary>
    public Sentence? SentenceAt(int offset)
    {
        int low = 0, high = Sentences.Count - 1;
        while (low <= high)
        {
            var mid = (low + high) >>> 1;
            var span = Sentences[mid].Span;
            if (offset < span.Start)
                high = mid - 1;
            else if (offset >= span.End)
                low = mid + 1;
            else
                return Sentences[mid];
        }
        return null;
    }

    private readonly string _source;

    // Every claim of a sentence shows the sentence: one string each would make a long sentence's memory quadratic.
    private readonly Dictionary<int, string> _sentenceTexts = [];

    /// <summary>The words of a sentence as a reader sees them, one string however many claims show it.</summary>
    internal string TextOf(Sentence sentence)
    {
        if (!_sentenceTexts.TryGetValue(sentence.Span.Start, out var text))
            _sentenceTexts[sentence.Span.Start] = text = TextOf(sentence.Span);
        return text;
    }

    /// <summary>
    /// The words of a span as a reader sees them: where Markdown marks stood ("**March 4**," or "&amp;amp;"), the blanks
    /// they left are dropped and line breaks are single spaces.
    /// </summary>
    public string TextOf(TextSpan span)
    {
        var prose = Text.AsSpan(span.Start, span.Length);
        var source = _source.AsSpan(span.Start, span.Length);
        if (prose.SequenceEqual(source))
            return new string(prose);
        var shown = new System.Text.StringBuilder(span.Length);
        for (var i = 0; i < prose.Length; i++)
        {
            var c = prose[i];
            if (c == ' ' && !char.IsWhiteSpace(source[i]))
                continue;
            if (char.IsWhiteSpace(c) && shown.Length > 0 && shown[^1] == ' ')
                continue;
            shown.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }
        return shown.ToString();
    }
}
