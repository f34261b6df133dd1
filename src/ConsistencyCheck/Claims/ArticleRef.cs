namespace ConsistencyCheck.Claims;

/// <summary>The article a claim stands in, as far as grouping, verdicts and reports need it: not the article's text.</summary>
public readonly record struct ArticleRef(string Id, string Path, string Outlet, DateOnly Published)
{
    /// <summary>The time of day the article was published, when its front matter gives a timestamp.</summary>
    public TimeOnly? PublishedTime { get; init; }
}
