namespace ConsistencyCheck.Articles;

/// <summary>What the article's YAML header says about it.</summary>
public sealed record FrontMatter(
    string Outlet,
    string Title,
    DateOnly Published,
    string? Url,
    PublishedBasis Basis,
    string Language);

/// <summary>Whether the outlet stated the publication date or it was inferred from the events reported.</summary>
public enum PublishedBasis
{
    Stated,
    Inferred,
}
