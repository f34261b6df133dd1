using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.EventDate;

/// <summary>
/// Dates of one event: of one kind of event and within <c>separateAfterDays</c> of each other, or two plans of a
/// one-off event stated within <c>oneOffWithinDays</c>.
/// </summary>
internal sealed class EventDateFacts(DayWindow oneEvent, DayWindow onePlan) : FactPolicy
{
    public override bool SameFact(Claim a, Claim b)
    {
        if (a.Subject != b.Subject)
            return false;
        var x = ((ReportedDate)a.Value).Range;
        var y = ((ReportedDate)b.Value).Range;
        if (oneEvent.Holds(x, y) || YearSlip(x, y))
            return true;
        // A story has one takeover: two plans for "the takeover", stated in the same days, speak of it however far apart
        // their dates; a revised plan months later, or "its own acquisition", may be another
        return a.Identity is { } p && b.Identity is { } q && (p.Length == 0 || q.Length == 0 || p == q)
            && Stance(a) == 1 && Stance(b) == 1
            && onePlan.Holds(a.Article.Published, b.Article.Published);
    }

    /// <summary>
    /// The same days of the same month a year or two apart ("11-12 July 2023" and "11-12 July 2024"): one event with
    /// its year written wrong, the gravest slip of a date, rather than two events that fell on the very same days.
    /// </summary>
    private static bool YearSlip(DateRange x, DateRange y) =>
        x.Start.Month == y.Start.Month && x.Start.Day == y.Start.Day && x.End.Month == y.End.Month && x.End.Day == y.End.Day
        && x.Start.Year != y.Start.Year && Math.Abs(x.Start.Year - y.Start.Year) <= 2
        && x.End.DayNumber - x.Start.DayNumber == y.End.DayNumber - y.Start.DayNumber && x.End.DayNumber - x.Start.DayNumber < 28;

    /// <summary>1 for a plan (a date after the article's own), -1 for a report (on or before it), 0 for a span that holds both.</summary>
    public static int Stance(Claim claim)
    {
        var range = ((ReportedDate)claim.Value).Range;
        return range.Start > claim.Article.Published ? 1 : range.End <= claim.Article.Published ? -1 : 0;
    }
}
