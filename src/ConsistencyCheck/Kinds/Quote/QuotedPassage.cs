using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A passage between a pair of quote marks: the span from the opening to the closing mark, and the text inside them,
/// one part per paragraph the passage runs over.
/// </summary>
internal sealed record QuotedPassage(TextSpan Outer, IReadOnlyList<TextSpan> Parts);
