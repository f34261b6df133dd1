namespace ConsistencyCheck.Claims;

/// <summary>The article a claim stands in, as far as grouping, verdicts and reports need it: not the article's text.</summary>
public readonly record struct ArticleRef(string Id, string Path, string Outlet, DateOnly Published)
{
    /// <summary>The time of day the article was published, when its front matter gives a timestamp.</summary>
    public TimeOnly? PublishedTime { get; init; }

    /// <summary>When the article was published, in words for reports: "14 March 2026 18:10", or the day alone.</summary>
    public string Moment =>
        Published.ToString("d MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture)
        + (PublishedTime is { } time ? " " + time.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture) : "");
}
