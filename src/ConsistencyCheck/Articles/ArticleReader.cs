using ConsistencyCheck.Corpus;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Articles;

/// <summary>Reads one article file: YAML front matter between '---' lines, then the body.</summary>
public static class ArticleReader
{
    private static readonly string[] Keys = ["outlet", "title", "published", "url", "published_basis", "language"];

    private const string Example = "'---', 'outlet: …', 'title: …', 'published: YYYY-MM-DD', 'url: …', '---'";

    public static Article? Read(SourceFile file, List<InputError> errors)
    {
        var text = SourceText.Decode(file.Path, file.Content, errors);
        return text is null ? null : Read(file.Path, text, errors);
    }

    /// <summary>Reads already decoded text; line ends may be CRLF, LF or CR.</summary>
    public static Article? Read(string path, string text, List<InputError> errors)
    {
        text = SourceText.Decode(text);
        var before = errors.Count;
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            errors.Add(new InputError(path, 1, 1, $"the article has no front matter: start the file with the lines {Example}"));
            return null;
        }
        var close = FindClosingFence(text);
        if (close < 0)
        {
            errors.Add(new InputError(path, 1, 1, "the front matter is not closed: add a line '---' after its last key"));
            return null;
        }

        // The YAML starts on line 2 of the file, so its marks are one line off.
        var map = YamlMap.Parse(path, text[4..close], lineOffset: 1, errors, "the front matter");
        if (map is null)
            return null;
        var frontMatter = ReadFrontMatter(map);

        var bodyStart = Math.Min(text.Length, close + 4);
        var (prose, blocks) = MarkdownProse.Read(text, bodyStart);
        var sentences = SentenceSplitter.Split(prose, blocks);
        if (sentences.Count == 0)
        {
            var lines = new LineMap(text);
            var (line, column) = lines.Locate(bodyStart);
            errors.Add(new InputError(path, line, column, "the article has no body: put the article's text after the closing '---'"));
        }
        return errors.Count == before && frontMatter is not null
            ? new Article(path, frontMatter, text, prose, bodyStart, sentences)
            : null;
    }

    private static int FindClosingFence(string text)
    {
        var at = 3;
        while (true)
        {
            at = text.IndexOf("\n---", at, StringComparison.Ordinal);
            if (at < 0)
                return -1;
            var after = at + 4;
            if (after == text.Length || text[after] == '\n')
                return at + 1;
            at = after;
        }
    }

    private static FrontMatter? ReadFrontMatter(YamlMap map)
    {
        var before = map.Errors.Count;
        map.RejectUnknownKeys(Keys, "the front matter");
        var outlet = map.String("outlet", required: true);
        var title = map.String("title", required: true);
        var published = map.Date("published", required: true);
        var url = map.String("url", required: false);
        var basis = map.OneOf("published_basis", required: false, "stated", "inferred");
        var language = map.String("language", required: false) ?? "en";
        if (map.Errors.Count > before || outlet is null || title is null || published is null)
            return null;
        return new FrontMatter(outlet, title, published.Value, url,
            basis == "inferred" ? PublishedBasis.Inferred : PublishedBasis.Stated, language);
    }
}
