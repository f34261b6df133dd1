using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Corpus;

/// <summary>The articles of one story folder, in file-name order.</summary>
public sealed class Story
{
    public Story(string name, IReadOnlyList<Article> articles, string root = "")
    {
        Name = name;
        Articles = articles;
        Root = root;
        InReadingOrder = [.. articles
            .OrderBy(a => a.Published)
            .ThenBy(a => a.FrontMatter.PublishedTime ?? TimeOnly.MinValue)
            .ThenBy(a => a.Outlet, StringComparer.Ordinal)
            .ThenBy(a => a.Text, StringComparer.Ordinal)
            .ThenBy(a => a.Path, StringComparer.Ordinal)];
        _readingPositions = InReadingOrder.Select((a, i) => (a.Path, i)).ToDictionary(x => x.Path, x => x.i, StringComparer.Ordinal);
    }

    private readonly Dictionary<string, int> _readingPositions;

    public string Name { get; }

    /// <summary>The folder, as the user named it, that article paths are relative to; text reports prefix it so paths open from the shell.</summary>
    public string Root { get; }
    public IReadOnlyList<Article> Articles { get; }

    /// <summary>
    /// The articles as the checker reads them: by date, outlet and text, so that what it finds does not depend on what
    /// the files are called (only the report's list of articles follows the names).
    /// </summary>
    public IReadOnlyList<Article> InReadingOrder { get; }

    /// <summary>Where the article at <paramref name="path"/> stands in <see cref="InReadingOrder"/>.</summary>
    public int ReadingPosition(string path) => _readingPositions[path];
}
