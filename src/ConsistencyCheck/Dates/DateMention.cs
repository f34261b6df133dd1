using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Dates;

/// <summary>A date expression found in a sentence, resolved against the article's date.</summary>
internal readonly record struct DateMention(TextSpan Span, int FirstToken, int LastToken, ReportedDate Value, string? Conflict);
