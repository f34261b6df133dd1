using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Dates;

/// <summary>Dates named by the calendar: "2023-04-20", "Thursday, April 20", "11-12 July 2023", "July 2023", "in 2008".</summary>
internal ref partial struct DateScan
{
    private static readonly string[] MonthCues = ["in", "since", "by", "until", "till", "through", "during", "from", "before", "after"];
    private static readonly string[] YearCues = ["in", "since", "by", "until", "till", "through", "during", "from", "before", "after", "of", "year"];

    private readonly bool TryCalendarDate(int i, out DateMention mention)
    {
        if (TryIso(i, out mention))
            return true;
        if (WeekdayAt(i) is { } weekday)
        {
            var j = i + 1;
            if (IsPunct(j, ','))
                j++;
            if (IsWord(j, "the"))
                j++;
            if (!TryMonthDay(j, out var dated) && !TryDayMonth(j, out dated))
                return false;
            var day = dated.Value.Range.Start;
            string? conflict = null;
            if (dated.Value.Range.Days == 1 && day.DayOfWeek != weekday)
            {
                conflict = $"{Written(i, dated.LastToken)}: {Long(day)} is a {CalendarWords.WeekdayName(day.DayOfWeek)}, " +
                    $"not a {CalendarWords.WeekdayName(weekday)}";
            }
            mention = Make(i, dated.LastToken, dated.Value.Range, dated.Value.Grain, false, dated.Value.Resolution, conflict);
            return true;
        }
        return TryMonthDay(i, out mention) || TryDayMonth(i, out mention) || TryMonthYear(i, out mention);
    }

    private readonly bool TryIso(int i, out DateMention mention)
    {
        mention = default;
        var year = YearAt(i);
        if (year == 0 || !IsDash(i + 1) || !Touches(i + 1) || !Touches(i + 2) || !IsDash(i + 3) || !Touches(i + 3) || !Touches(i + 4))
            return false;
        if (_tokens[i + 2].Length != 2 || _tokens[i + 4].Length != 2)
            return false;
        var month = Number(i + 2, 2);
        var day = Number(i + 4, 2);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        var date = new DateOnly(year, month, day);
        mention = Make(i, i + 4, DateRange.Day(date), DateGrain.Day, false, $"{Written(i, i + 4)}, written in full");
        return true;
    }

    // "April 20", "April 20, 2023", "July 11-12", "July 11 to 12", "June 30 - July 2, 2023"
    private readonly bool TryMonthDay(int i, out DateMention mention)
    {
        mention = default;
        var month = MonthAt(i, out var j);
        if (month == 0)
            return false;
        var day = DayAt(j + 1, out var last);
        if (day == 0 || Number(j + 1, 2) < 0 || IsPunct(last + 1, ':') || IsPunct(last + 1, '.') && Number(last + 2, 2) >= 0)
            return false;
        var endMonth = month;
        var endDay = day;
        if ((IsDash(last + 1) || IsWord(last + 1, "to", "and", "through")) && last + 2 < _tokens.Count)
        {
            var k = last + 2;
            var nextMonth = MonthAt(k, out var afterMonth);
            if (nextMonth != 0)
                k = afterMonth + 1;
            var second = DayAt(k, out var secondLast);
            // "April 20 and May 3" are two dates; only "between April 20 and May 3" means the days from one to the other.
            var spans = nextMonth != 0 ? !IsWord(last + 1, "and") || IsWord(i - 1, "between") : second > day;
            if (second != 0 && spans)
            {
                endMonth = nextMonth != 0 ? nextMonth : month;
                endDay = second;
                last = secondLast;
            }
        }
        return Finish(i, last, month, day, endMonth, endDay, out mention);
    }

    // "20 April", "20 April 2023", "11-12 July", "between 3 and 5 May", "the 20th of April"
    private readonly bool TryDayMonth(int i, out DateMention mention)
    {
        mention = default;
        var day = DayAt(i, out var last);
        if (day == 0)
            return false;
        var endDay = day;
        var j = last + 1;
        if ((IsDash(j) || IsWord(j, "to", "and")) && DayAt(j + 1, out var secondLast) is var second and > 0 && second > day)
        {
            endDay = second;
            j = secondLast + 1;
        }
        if (IsWord(j, "of"))
            j++;
        var month = MonthAt(j, out var monthLast);
        if (month == 0)
            return false;
        return Finish(i, monthLast, month, day, month, endDay, out mention);
    }

    /// <summary>Adds the year if one follows, else takes it from the article's date and the tense.</summary>
    private readonly bool Finish(int first, int last, int month, int day, int endMonth, int endDay, out DateMention mention)
    {
        mention = default;
        var k = last + 1;
        if (IsPunct(k, ','))
            k++;
        var year = YearAt(k);
        if (year != 0 && !IsDash(k + 1))
        {
            // The year written after a range that turns the year is its last day's: "December 30 - January 2, 2024".
            var startYear = endMonth < month ? year - 1 : year;
            if (day > DateTime.DaysInMonth(startYear, month) || endDay > DateTime.DaysInMonth(year, endMonth))
                return false;
            var range = new DateRange(new DateOnly(startYear, month, day), new DateOnly(year, endMonth, endDay));
            mention = Make(first, k, range, range.Days == 1 ? DateGrain.Day : DateGrain.Days, false, $"{Written(first, k)}, written in full");
            return true;
        }
        if (day > DateTime.DaysInMonth(2024, month) || endDay > DateTime.DaysInMonth(2024, endMonth))
            return false;
        var grain = month == endMonth && day == endDay ? DateGrain.Day : DateGrain.Days;
        return ResolveAnnual(first, last, grain, y =>
        {
            var endYear = endMonth < month ? y + 1 : y;
            if (day > DateTime.DaysInMonth(y, month) || endDay > DateTime.DaysInMonth(endYear, endMonth))
                return null;
            return new DateRange(new DateOnly(y, month, day), new DateOnly(endYear, endMonth, endDay));
        }, out mention);
    }

    // "July 2023", "July, 2023"
    private readonly bool TryMonthYear(int i, out DateMention mention)
    {
        mention = default;
        var month = MonthAt(i, out var j);
        if (month == 0)
            return false;
        var k = j + 1;
        if (IsPunct(k, ','))
            k++;
        var year = YearAt(k);
        if (year == 0 || !YearStandsAlone(k))
            return false;
        mention = Make(i, k, DateRange.Month(year, month), DateGrain.Month, false, $"{Written(i, k)}, written in full");
        return true;
    }

    // "in July", "since February": a bare month needs a preposition, so that "they may meet" is no date.
    private readonly bool TryMonthAlone(int i, out DateMention mention)
    {
        mention = default;
        if (!IsWord(i - 1, MonthCues) && !(IsApostrophe(i + 1) && IsWord(i + 2, "s")))
            return false;
        return TryMonthAnchor(i, out mention);
    }

    private readonly bool TryMonthAnchor(int i, out DateMention mention)
    {
        mention = default;
        var month = MonthAt(i, out var last);
        // "a letter from April Hale", "by May Chen": a month name before a capitalised word is a given name.
        if (month == 0 || IsDash(last + 1) || (last + 1 < _tokens.Count && IsCapitalised(last + 1)))
            return false;
        return ResolveAnnual(i, last, DateGrain.Month, y => DateRange.Month(y, month), out mention);
    }

    // "in 2008", "since 2022", "during 1934 and 1935": a year needs a preposition, and "2008 votes" is a count, not a year.
    private readonly bool TryYearAlone(int i, out DateMention mention)
    {
        mention = default;
        var cued = IsWord(i - 1, YearCues) || (IsWord(i - 1, "and", "or") && YearAt(i - 2) != 0 && IsWord(i - 3, YearCues));
        return cued && TryYearAnchor(i, out mention);
    }

    private readonly bool TryYearAnchor(int i, out DateMention mention)
    {
        mention = default;
        var year = YearAt(i);
        if (year == 0 || !YearStandsAlone(i))
            return false;
        mention = Make(i, i, DateRange.Year(year), DateGrain.Year, false, $"{year}, written in full");
        return true;
    }

    private readonly bool YearStandsAlone(int i)
    {
        var next = i + 1;
        if (next >= _tokens.Count)
            return true;
        var token = _tokens[next];
        if (token.Kind == TokenKind.Number)
            return false;
        if (token.Kind == TokenKind.Punctuation)
            return !(IsPunct(next, '%') || (IsDash(next) && Touches(next) && Number(next + 1, 4) >= 0) || IsPunct(next, '.') && Touches(next) && Number(next + 1, 9) >= 0);
        return IsCapitalised(next) || _english.FunctionWords.ContainsWord(Span(next));
    }

    // "the 1990s", "the 2020s"
    private readonly bool TryDecade(int i, out DateMention mention)
    {
        mention = default;
        var year = YearAt(i);
        if (year == 0 || year % 10 != 0 || !IsWord(i + 1, "s") || !Touches(i + 1))
            return false;
        mention = Make(i, i + 1, new DateRange(new DateOnly(year, 1, 1), new DateOnly(year + 9, 12, 31)), DateGrain.Decade, false,
            $"the {year}s, {year} to {year + 9}");
        return true;
    }
}
