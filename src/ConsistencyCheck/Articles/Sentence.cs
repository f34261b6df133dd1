namespace ConsistencyCheck.Articles;

/// <summary>
/// A sentence of an article body, as a span of the article's text. A heading (a Markdown heading, or a short line of
/// its own without closing punctuation) restates what its section says, so its facts are that section's facts.
/// <see cref="Section"/> counts the headings up to this sentence: the sentences of one section share it.
/// </summary>
public readonly record struct Sentence(TextSpan Span, bool IsHeading, int Section);
