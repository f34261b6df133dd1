using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Recognisers.Quantities;

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
    bool Spelled)
{
    /// <summary>The figure as an interval: hedges widen it by <paramref name="tolerance"/> (0.1 is ±10%).</summary>
    public ReportedQuantity ToValue(decimal tolerance, string? unit)
    {
        var unitName = Points ? "percentage point" : Percent ? "percent" : unit;
        var (low, high) = (Low, High);
        return Bound switch
        {
            Bound.Above => new ReportedQuantity(high, null, false, false, Currency, unitName, false, Increment),
            Bound.AtLeast => new ReportedQuantity(low, null, true, false, Currency, unitName, false, Increment),
            Bound.AtMost => new ReportedQuantity(null, high, false, true, Currency, unitName, false, Increment),
            Bound.Below => new ReportedQuantity(null, low, false, false, Currency, unitName, false, Increment),
            Bound.Nearly => new ReportedQuantity(low * (1 - tolerance), low, true, false, Currency, unitName, true, Increment),
            Bound.JustOver => new ReportedQuantity(high, high * (1 + tolerance), false, true, Currency, unitName, true, Increment),
            Bound.About => new ReportedQuantity(low * (1 - tolerance), high * (1 + tolerance), true, true, Currency, unitName, true, Increment),
            _ => new ReportedQuantity(low, high, true, !HighExclusive, Currency, unitName, Vague, Increment),
        };
    }
}
