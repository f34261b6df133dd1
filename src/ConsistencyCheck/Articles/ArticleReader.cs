using System.Globalization;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Language;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Articles;

/// <summary>Reads one article file: YAML front matter between '---' lines, then the body.</summary>
public static class ArticleReader
{
    private static readonly string[] Keys = ["outlet", "title", "published", "url", "published_basis", "language"];

    private const string Example = "'---', 'outlet: …', 'title: …', 'published: YYYY-MM-DD', 'url: …', '---'";

    // A date, or a date and time with an optional zone, as ISO 8601 writes them.
    private static readonly string[] TimestampFormats =
        ["yyyy-MM-dd'T'HH:mm", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];

    public static Article? Read(SourceFile file, List<InputError> errors) => Read(file, errors, LanguagePack.Bundled);

    /// <summary>Reads an article whose sentences are split with <paramref name="language"/>'s abbreviations and grammar words.</summary>
    public static Article? Read(SourceFile file, List<InputError> errors, LanguagePack language)
    {
        var text = SourceText.Decode(file.Path, file.Content, errors);
        return text is null ? null : Read(file.Path, text, errors, language);
    }

    /// <summary>Reads already decoded text; line ends may be CRLF, LF or CR.</summary>
    public static Article? Read(string path, string text, List<InputError> errors) => Read(path, text, errors, LanguagePack.Bundled);

    public static Article? Read(string path, string text, List<InputError> errors, LanguagePack language)
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
        var (prose, blocks) = MarkdownProse.Read(text, bodyStart, language.English);
        var sentences = SentenceSplitter.Split(prose, blocks, language.English);
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
        var others = map.OtherKeys(Keys);
        // Other keys are the newsroom's own (author, tags): kept, unless one is a misspelt key the article then lacks.
        var misspelt = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, node, _) in others)
        {
            if (Suggestions.Closest(key, Keys) is { } meant && !map.Has(meant))
            {
                map.Error(node, $"unknown key '{key}' in the front matter: did you mean '{meant}'?");
                misspelt.Add(meant);
            }
        }
        var outlet = map.String("outlet", required: !misspelt.Contains("outlet"));
        var title = map.String("title", required: false);
        var published = misspelt.Contains("published") ? null : Published(map);
        var url = map.String("url", required: false);
        var basis = map.OneOf("published_basis", required: false, "stated", "inferred");
        var language = map.String("language", required: false) ?? "en";
        if (map.Errors.Count > before || outlet is null || published is null)
            return null;
        return new FrontMatter(outlet, title, published.Value.Date, url,
            basis == "inferred" ? PublishedBasis.Inferred : PublishedBasis.Stated, language)
        {
            PublishedTime = published.Value.Time,
            PublishedOffset = published.Value.Offset,
            Extra = [.. others.Select(o => new ExtraKey(o.Key, o.Value, (int)o.Node.Start.Line + 1, (int)o.Node.Start.Column))],
        };
    }

    /// <summary>'published': a date, or an ISO 8601 timestamp whose time and zone are kept.</summary>
    private static (DateOnly Date, TimeOnly? Time, TimeSpan? Offset)? Published(YamlMap map)
    {
        var text = map.String("published", required: true);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return (date, null, null);
        var zone = ZoneAt(text);
        var local = zone < 0 ? text : text[..zone];
        TimeSpan? offset = null;
        if (zone >= 0)
        {
            var mark = text[zone..];
            if (mark is "Z" or "z")
                offset = TimeSpan.Zero;
            else if (TimeSpan.TryParseExact(mark[1..], ["hh\\:mm", "hhmm", "hh"], CultureInfo.InvariantCulture, out var span) && span <= TimeSpan.FromHours(14))
                offset = mark[0] == '-' ? -span : span;
        }
        if ((zone < 0 || offset is not null)
            && DateTime.TryParseExact(local, TimestampFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var moment))
            return (DateOnly.FromDateTime(moment), TimeOnly.FromDateTime(moment), offset);
        map.Error(map.Find("published")!,
            YamlMap.NotADate("published", text, "a date written YYYY-MM-DD (e.g. 2023-04-20) or a timestamp such as 2023-04-20T14:05:00+02:00"));
        return null;
    }

    /// <summary>Where a timestamp's zone starts ('Z', '+02:00', '-0500' after the time), or -1.</summary>
    private static int ZoneAt(string text)
    {
        if (text.Length <= 10)
            return -1;
        var time = text.IndexOfAny(['T', ' '], 10);
        if (time < 0)
            return -1;
        var zone = text.IndexOfAny(['Z', 'z', '+', '-'], time);
        return zone;
    }
}
