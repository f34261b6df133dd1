using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Kinds.Quote;

/// <summary>
/// Words that say who speaks ("he said", "said the Secretary General", "according to Stoltenberg"), with the speaker
/// they resolve to in the article and how, for the claim's resolution; the speaker is null when nobody fits.
/// <see cref="Inferred"/> when the words name nobody ("she said") and the speaker is the last one named.
/// </summary>
internal sealed record Attribution(TextSpan Span, Speaker? Speaker, string How, bool Inferred = false);
