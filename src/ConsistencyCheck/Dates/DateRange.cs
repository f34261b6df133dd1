namespace ConsistencyCheck.Dates;

/// <summary>
/// An inclusive range of calendar days. The end day is part of the range, as in everyday speech:
/// "the summit runs July 11-12" includes the 12th.
/// </summary>
public readonly record struct DateRange
{
    public DateRange(DateOnly start, DateOnly end)
    {
        if (end < start)
            throw new ArgumentException($"the end {end:yyyy-MM-dd} is before the start {start:yyyy-MM-dd}", nameof(end));
        Start = start;
        End = end;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    public static DateRange Day(DateOnly day) => new(day, day);

    public static DateRange Month(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public static DateRange Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));

    public int Days => End.DayNumber - Start.DayNumber + 1;

    public bool Contains(DateRange other) => Start <= other.Start && other.End <= End;

    public bool Overlaps(DateRange other) => Start <= other.End && other.Start <= End;

    /// <summary>Days between the two ranges; 0 when they touch or overlap.</summary>
    public int DistanceTo(DateRange other) =>
        Overlaps(other) ? 0 : Math.Max(other.Start.DayNumber - End.DayNumber, Start.DayNumber - other.End.DayNumber);

    public override string ToString() =>
        Start == End ? $"{Start:yyyy-MM-dd}" : $"{Start:yyyy-MM-dd}..{End:yyyy-MM-dd}";
}
