namespace ConsistencyCheck.Dates;

/// <summary>
/// How many days apart two times may lie and still be one time: the window in which two articles were published
/// (two plans for one takeover, titles of one term of office) or two figures hold (a toll on one day).
/// </summary>
internal readonly record struct DayWindow(int Days)
{
    public bool Holds(DateOnly a, DateOnly b) => Math.Abs(a.DayNumber - b.DayNumber) <= Days;

    /// <summary>Whether the ranges lie within the window of each other; ranges that touch or overlap always do.</summary>
    public bool Holds(DateRange a, DateRange b) => a.DistanceTo(b) <= Days;
}
