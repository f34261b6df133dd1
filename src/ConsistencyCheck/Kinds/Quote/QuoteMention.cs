using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// A quote found in an article: its parts (more than one when its attribution splits it, or it runs over paragraphs),
/// the whole phrase with its attribution, the speaker it is attributed to (null when nobody fits) and how, and whether
/// that speaker is only inferred (from "she said", or from the quote before it).
/// </summary>
internal sealed record QuoteMention(TextSpan Outer, IReadOnlyList<TextSpan> Parts, TextSpan Matched, Speaker? Speaker, string Resolution, bool Inferred);
