namespace ConsistencyCheck.Articles;

/// <summary>One outlet's article: its front matter, its text and the sentences of its body.</summary>
public sealed class Article
{
    internal Article(string path, FrontMatter frontMatter, string text, int bodyStart, IReadOnlyList<Sentence> sentences)
    {
        Path = path;
        FrontMatter = frontMatter;
        Text = text;
        BodyStart = bodyStart;
        Sentences = sentences;
        Lines = new LineMap(text);
    }

    /// <summary>The file name without its extension; stable across runs and used in reports.</summary>
    public string Id => System.IO.Path.GetFileNameWithoutExtension(Path);

    public string Path { get; }
    public FrontMatter FrontMatter { get; }
    public string Outlet => FrontMatter.Outlet;
    public DateOnly Published => FrontMatter.Published;

    /// <summary>The whole file with LF line ends, front matter included, so that offsets map to file positions.</summary>
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

    public string TextOf(TextSpan span) => Text.Substring(span.Start, span.Length);
}
