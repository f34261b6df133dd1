using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Numbers;

/// <summary>
/// A figure found in a sentence, before a rule binds it to what it measures: its written value or range, the bound
/// or hedge in front of it, and its currency or percent sign. <see cref="Points"/> marks a change in a percentage
/// ("up 4 percentage points"), which is a percent figure but never a share.
/// </summary>
internal readonly record struct QuantityMention(
    TextSpan Span,
    int FirstToken,
    int LastToken,
    Bound Bound,
    decimal Low,
    decimal High,
    bool HighExclusive,
    string? Currency,
    bool Percent,
    bool Points,
    bool Increment,
    bool Vague,
    bool Spelled);
