namespace ConsistencyCheck.Dates;

/// <summary>How precisely a date expression names its time: "July 11" is a day, "mid-July" a part of a month.</summary>
public enum DateGrain
{
    Day,
    Days,
    Week,
    PartOfMonth,
    Month,
    Season,
    Quarter,
    PartOfYear,
    Year,
    Decade,
}

public static class DateGrainNames
{
    public static string Name(this DateGrain grain) => grain switch
    {
        DateGrain.Day => "day",
        DateGrain.Days => "days",
        DateGrain.Week => "week",
        DateGrain.PartOfMonth => "part-of-month",
        DateGrain.Month => "month",
        DateGrain.Season => "season",
        DateGrain.Quarter => "quarter",
        DateGrain.PartOfYear => "part-of-year",
        DateGrain.Year => "year",
        DateGrain.Decade => "decade",
        _ => throw new ArgumentOutOfRangeException(nameof(grain)),
    };

    public static DateGrain? Parse(string name) =>
        Enum.GetValues<DateGrain>().Select(g => (DateGrain?)g).FirstOrDefault(g => g!.Value.Name() == name);
}
