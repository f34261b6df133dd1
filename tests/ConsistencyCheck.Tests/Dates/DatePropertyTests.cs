using System.Globalization;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;
using CsCheck;
using Xunit;

namespace ConsistencyCheck.Tests.Dates;

/// <summary>Invariants of the date recogniser over generated article dates, weekdays and calendar dates.</summary>
public sealed class DatePropertyTests
{
    private const long Iterations = 500;

    private static readonly Gen<DateOnly> Day =
        Gen.Int[new DateOnly(1990, 1, 1).DayNumber, new DateOnly(2060, 12, 31).DayNumber].Select(DateOnly.FromDayNumber);

    private static readonly Gen<DayOfWeek> Weekday = Gen.Enum<DayOfWeek>();

    [Fact]
    public void A_past_tense_weekday_falls_in_the_seven_days_ending_on_the_article_date() =>
        Gen.Select(Day, Weekday).Sample((reference, weekday) =>
        {
            var day = SingleDay($"The board met on {Name(weekday)}.", reference);
            Assert.Equal(weekday, day.DayOfWeek);
            Assert.InRange(day, reference.AddDays(-6), reference);
        }, iter: Iterations);

    [Fact]
    public void A_future_tense_weekday_falls_in_the_seven_days_starting_on_the_article_date() =>
        Gen.Select(Day, Weekday).Sample((reference, weekday) =>
        {
            var day = SingleDay($"The board will meet on {Name(weekday)}.", reference);
            Assert.Equal(weekday, day.DayOfWeek);
            Assert.InRange(day, reference, reference.AddDays(6));
        }, iter: Iterations);

    [Fact]
    public void A_weekday_without_tense_is_at_most_three_days_back_or_three_ahead() =>
        Gen.Select(Day, Weekday).Sample((reference, weekday) =>
        {
            var day = SingleDay($"The board meets on {Name(weekday)}.", reference);
            Assert.Equal(weekday, day.DayOfWeek);
            Assert.InRange(day, reference.AddDays(-3), reference.AddDays(3));
        }, iter: Iterations);

    [Fact]
    public void Last_and_next_weekdays_are_strictly_before_and_after_the_article_date_and_a_span_when_in_its_own_week() =>
        Gen.Select(Day, Weekday).Sample((reference, weekday) =>
        {
            var last = Single($"The board met last {Name(weekday)}.", reference);
            var next = Single($"The board will meet next {Name(weekday)}.", reference);
            foreach (var (value, nearest, farthest) in new[] { (last, last.Range.End, last.Range.Start), (next, next.Range.Start, next.Range.End) })
            {
                Assert.Equal(weekday, nearest.DayOfWeek);
                Assert.InRange(Math.Abs(nearest.DayNumber - reference.DayNumber), 1, 7);
                var ownWeek = ISOWeek.GetWeekOfYear(nearest.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetWeekOfYear(reference.ToDateTime(TimeOnly.MinValue))
                    && Math.Abs(nearest.DayNumber - reference.DayNumber) < 7;
                Assert.Equal(ownWeek, value.Approximate);
                Assert.Equal(ownWeek ? 7 : 0, Math.Abs(farthest.DayNumber - nearest.DayNumber));
            }
            Assert.True(last.Range.End < reference && next.Range.Start > reference);
        }, iter: Iterations);

    [Fact]
    public void A_full_date_resolves_to_itself_whatever_the_article_date() =>
        Gen.Select(Day, Day, Gen.Int[0, 2]).Sample((date, reference, form) =>
        {
            var written = form switch
            {
                0 => $"{MonthName(date)} {date.Day}, {date.Year}",
                1 => $"{date.Day} {MonthName(date)} {date.Year}",
                _ => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            };
            var value = Single($"The ceremony will be held on {written}, organisers said.", reference);
            Assert.Equal(DateRange.Day(date), value.Range);
            Assert.Equal(DateGrain.Day, value.Grain);
            Assert.False(value.Approximate);
        }, iter: Iterations);

    [Fact]
    public void A_weekday_conflicts_with_its_date_exactly_when_the_date_falls_on_another_day() =>
        Gen.Select(Day, Weekday, Day).Sample((date, weekday, reference) =>
        {
            var found = DateRecogniser.Recognise($"The vote took place on {Name(weekday)}, {MonthName(date)} {date.Day}, {date.Year}.", reference, LanguagePack.Bundled);
            var mention = Assert.Single(found);
            Assert.Equal(DateRange.Day(date), mention.Value.Range);
            Assert.Equal(weekday != date.DayOfWeek, mention.Conflict is not null);
        }, iter: Iterations);

    [Fact]
    public void Yesterday_today_and_tomorrow_are_one_day_apart() =>
        Day.Sample(reference =>
        {
            Assert.Equal(reference.AddDays(-1), SingleDay("The fire started yesterday.", reference));
            Assert.Equal(reference, SingleDay("The fire is still burning today.", reference));
            Assert.Equal(reference.AddDays(1), SingleDay("The road will reopen tomorrow.", reference));
        }, iter: Iterations);

    [Fact]
    public void Days_ago_are_exact() =>
        Gen.Select(Day, Gen.Int[1, 99]).Sample((reference, n) =>
        {
            var value = Single($"The dam failed {n} days ago.", reference);
            Assert.Equal(DateRange.Day(reference.AddDays(-n)), value.Range);
            Assert.False(value.Approximate);
        }, iter: Iterations);

    [Fact]
    public void A_year_less_date_lies_within_a_year_on_the_side_its_tense_points_to() =>
        Gen.Select(Day, Gen.Int[1, 12], Gen.Int[1, 28]).Sample((reference, month, dayOfMonth) =>
        {
            var written = $"{CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month)} {dayOfMonth}";
            var past = SingleDay($"The council met on {written}.", reference);
            var future = SingleDay($"The council will meet on {written}.", reference);
            Assert.InRange(past, reference.AddYears(-1).AddDays(1), reference);
            Assert.InRange(future, reference, reference.AddYears(1).AddDays(-1));
            Assert.Equal((month, dayOfMonth), (past.Month, past.Day));
            Assert.Equal((month, dayOfMonth), (future.Month, future.Day));
        }, iter: Iterations);

    [Fact]
    public void This_week_is_the_iso_week_holding_the_article_date() =>
        Day.Sample(reference =>
        {
            var value = Single("Prices fell this week.", reference);
            Assert.Equal(DayOfWeek.Monday, value.Range.Start.DayOfWeek);
            Assert.Equal(7, value.Range.Days);
            Assert.True(value.Range.Contains(DateRange.Day(reference)));
            Assert.Equal(DateGrain.Week, value.Grain);
        }, iter: Iterations);

    [Fact]
    public void Since_a_past_date_runs_from_it_to_the_article_date() =>
        Gen.Select(Day, Gen.Int[0, 3000]).Sample((reference, back) =>
        {
            var date = reference.AddDays(-back);
            var value = Single($"The road has been closed since {MonthName(date)} {date.Day}, {date.Year}.", reference);
            Assert.Equal(new DateRange(date, reference), value.Range);
            Assert.Equal(DateGrain.Days, value.Grain);
        }, iter: Iterations);

    private static ReportedDate Single(string text, DateOnly reference) =>
        Assert.Single(DateRecogniser.Recognise(text, reference, LanguagePack.Bundled)).Value;

    private static DateOnly SingleDay(string text, DateOnly reference)
    {
        var value = Single(text, reference);
        Assert.Equal(1, value.Range.Days);
        return value.Range.Start;
    }

    private static string Name(DayOfWeek day) => CultureInfo.InvariantCulture.DateTimeFormat.GetDayName(day);

    private static string MonthName(DateOnly date) => CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(date.Month);
}
