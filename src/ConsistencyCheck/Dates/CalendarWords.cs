using System.Collections.Frozen;
using System.Globalization;
using Humanizer;

namespace ConsistencyCheck.Dates;

/// <summary>
/// Month, weekday and number words. Month and weekday names come from the invariant (English) calendar,
/// small cardinals from Humanizer, so no list of them is typed out here.
/// </summary>
internal static class CalendarWords
{
    private static readonly FrozenDictionary<string, int> MonthsByName = BuildMonths();
    private static readonly FrozenDictionary<string, DayOfWeek> WeekdaysByName = BuildWeekdays();
    private static readonly FrozenDictionary<string, int> Cardinals = BuildCardinals();

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Months =
        MonthsByName.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, DayOfWeek>.AlternateLookup<ReadOnlySpan<char>> Weekdays =
        WeekdaysByName.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> Numbers =
        Cardinals.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenDictionary<string, int> BuildMonths()
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        var months = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var m = 1; m <= 12; m++)
        {
            months[format.GetMonthName(m)] = m;
            months[format.GetAbbreviatedMonthName(m)] = m;
        }
        months["Sept"] = 9; // the one common abbreviation that is not three letters
        return months.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, DayOfWeek> BuildWeekdays()
    {
        var format = CultureInfo.InvariantCulture.DateTimeFormat;
        return Enum.GetValues<DayOfWeek>().ToFrozenDictionary(d => format.GetDayName(d), StringComparer.OrdinalIgnoreCase);
    }

    private static FrozenDictionary<string, int> BuildCardinals()
    {
        var numbers = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase) { ["a"] = 1, ["an"] = 1 };
        for (var n = 1; n <= 99; n++)
            numbers[n.ToWords(CultureInfo.InvariantCulture)] = n;
        return numbers.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    public static string MonthName(int month) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month);

    public static string WeekdayName(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);
}
