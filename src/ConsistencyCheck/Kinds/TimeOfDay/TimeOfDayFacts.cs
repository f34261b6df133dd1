using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.TimeOfDay;

/// <summary>Times of one event (the subject), reported within a few days of each other.</summary>
internal sealed class TimeOfDayFacts(DayWindow sameTime) : FactPolicy
{
    public override bool SameFact(Claim a, Claim b) => sameTime.Holds(a.Article.Published, b.Article.Published);
}
