using System.Globalization;
using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Dates;

/// <summary>
/// A date as an article reports it: the days it can mean, how precise it is, whether it is hedged
/// ("just over a year ago") and how it was resolved against the article's date.
/// </summary>
public sealed class ReportedDate : ClaimValue
{
    public ReportedDate(DateRange range, DateGrain grain, bool approximate, string resolution, bool eitherEnd = false)
    {
        EitherEnd = eitherEnd;
        Range = range;
        Grain = grain;
        Approximate = approximate;
        Resolution = resolution;
    }

    public DateRange Range { get; }
    public DateGrain Grain { get; }
    public bool Approximate { get; }
    public override string Resolution { get; }

    /// <summary>
    /// A date read two ways, its first day or its last, never a day between: "next Thursday" written on a Wednesday is
    /// tomorrow or the Thursday of next week.
    /// </summary>
    public bool EitherEnd { get; }

    /// <summary>Grains whose edges are fuzzy in speech: "mid-July" or "this spring" have no sharp first day.</summary>
    public bool SoftEdges => Approximate || Grain is DateGrain.PartOfMonth or DateGrain.Season;

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("start", Range.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("end", Range.End.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
        new("grain", Grain.Name()),
        new("approximate", Approximate),
        new("eitherEnd", EitherEnd),
    ];

    public override bool SameAs(ClaimValue other) =>
        other is ReportedDate date && date.Range == Range && date.Grain == Grain && date.Approximate == Approximate && date.EitherEnd == EitherEnd;

    public override string Describe()
    {
        if (EitherEnd)
            return $"{Describe(DateRange.Day(Range.Start), DateGrain.Day)} or {Describe(DateRange.Day(Range.End), DateGrain.Day)}";
        var text = Describe(Range, Grain);
        return Approximate ? "about " + text : text;
    }

    internal static string Describe(DateRange range, DateGrain grain)
    {
        var c = CultureInfo.InvariantCulture;
        if (range.Start == range.End)
            return range.Start.ToString("dddd d MMMM yyyy", c);
        var wholeMonth = range.Start.Day == 1 && range.End == range.End.AddDays(1 - range.End.Day).AddMonths(1).AddDays(-1);
        if (range.Start.Year == range.End.Year && range.Start.Month == range.End.Month)
        {
            return wholeMonth
                ? range.Start.ToString("MMMM yyyy", c)
                : $"{range.Start.Day}-{range.End.Day} {range.Start.ToString("MMMM yyyy", c)}";
        }
        if (grain == DateGrain.Year && range.Start.Month == 1 && range.Start.Day == 1 && range.End.Month == 12 && range.End.Day == 31 && range.Start.Year == range.End.Year)
            return range.Start.Year.ToString(c);
        return $"{range.Start.ToString("d MMMM yyyy", c)} to {range.End.ToString("d MMMM yyyy", c)}";
    }
}
