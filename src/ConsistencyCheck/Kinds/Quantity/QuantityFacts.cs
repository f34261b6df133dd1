using System.Collections.Frozen;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>
/// Figures of one fact: one subject, currency and unit, and no two givers, owners, deadlines or places; of one time,
/// by their own dates or, without one, by the days their articles were published (<c>sameTimeWithinDays</c>).
/// </summary>
internal sealed class QuantityFacts(FrozenSet<string> subjectUnits, DayWindow sameTime) : FactPolicy
{
    public override bool SameFact(Claim a, Claim b)
    {
        var x = (ReportedQuantity)a.Value;
        var y = (ReportedQuantity)b.Value;
        if (a.Subject != b.Subject || x.Currency != y.Currency || !SameUnit(x.Unit, y.Unit) || x.Increment != y.Increment
            || (x.Giver is { } p0 && y.Giver is { } q0 && p0 != q0)
            || (x.Deadline is { } d0 && y.Deadline is { } e0 && d0 != e0)
            || (x.Owner is { } o0 && y.Owner is { } p1 && o0 != p1)
            || (x.Whole != y.Whole && (a.Place is not null || b.Place is not null)))
            return false;
        // One target restated is one plan however far apart its reports; a deadline inside another figure's scope is that time
        if (x.Deadline is not null && y.Deadline is not null)
            return true;
        if ((x.Deadline ?? y.Deadline) is { } deadline && (a.When ?? b.When) is { } scope)
            return scope.Range.Start <= deadline && deadline <= scope.Range.End;
        if (a.When is { } p && b.When is { } q)
            return p.Range.Contains(q.Range) || q.Range.Contains(p.Range);
        // A figure with no date of its own holds around the day its article was published
        var x0 = a.When?.Range ?? DateRange.Day(a.Article.Published);
        var y0 = b.When?.Range ?? DateRange.Day(b.Article.Published);
        return sameTime.Holds(x0, y0);
    }

    /// <summary>Two words of one subject count the same things ("fans" and "spectators"); other units must be equal.</summary>
    private bool SameUnit(string? x, string? y) =>
        x == y || (x is not null && y is not null && subjectUnits.Contains(x) && subjectUnits.Contains(y));

    public override bool PlaceMakesOneFact => false;

    /// <summary>
    /// "14 arrested", "3 arrested" and "41 arrested" from three outlets are more likely three scopes (near the
    /// station, inside the stadium, across the city) than two errors; 40, 50 and 60 ships planned are one plan.
    /// </summary>
    public override bool MayBeOneFact(IReadOnlyList<Claim> claims)
    {
        // Reports of a running figure may be far apart and still one figure when their order explains the distance (a
        // toll of 12 in the morning and 23 at night)
        if (QuantityComparer.InOrder(claims) is not null)
            return true;
        const decimal closeTogether = 1.5m;
        var points = claims.Select(c => (ReportedQuantity)c.Value).Select(q => q.Low ?? q.High).OfType<decimal>().Where(v => v > 0).ToList();
        return points.Count == 0 || points.Max() <= closeTogether * points.Min();
    }
}
