namespace ConsistencyCheck.Articles;

/// <summary>
/// What the article's YAML header says about it. <see cref="Published"/> is the date as the outlet wrote it (relative
/// dates resolve against it); a timestamp also gives <see cref="PublishedTime"/> and, with a zone, its offset from UTC.
/// </summary>
public sealed record FrontMatter(
    string Outlet,
    string? Title,
    DateOnly Published,
    string? Url,
    PublishedBasis Basis,
    string Language)
{
    public TimeOnly? PublishedTime { get; init; }
    public TimeSpan? PublishedOffset { get; init; }

    /// <summary>Keys the reader does not use, kept as written (author, tags…) so that `extract` can list them.</summary>
    public IReadOnlyList<ExtraKey> Extra { get; init; } = [];
}

/// <summary>A front-matter key the checker does not use, with where it stands.</summary>
public readonly record struct ExtraKey(string Key, string Value, int Line, int Column);

/// <summary>Whether the outlet stated the publication date or it was inferred from the events reported.</summary>
public enum PublishedBasis
{
    Stated,
    Inferred,
}
