namespace ConsistencyCheck.Articles;

/// <summary>A sentence of an article body, as a span of the article's text.</summary>
public readonly record struct Sentence(TextSpan Span);
