namespace ConsistencyCheck.Articles;

/// <summary>
/// A sentence of an article body, as a span of the article's text. A heading (a short line of its own without
/// closing punctuation, or a Markdown heading) restates what its section says, so its facts are the body's facts.
/// </summary>
public readonly record struct Sentence(TextSpan Span, bool IsHeading = false);
