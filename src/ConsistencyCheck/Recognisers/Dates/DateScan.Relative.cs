using System.Globalization;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Recognisers.Dates;

/// <summary>
/// Dates relative to the article's own date: "tomorrow", "last September", "next week", "earlier this month",
/// "just over a year ago", "in two weeks", "over the last year", and bare weekdays read by the tense of their clause.
/// </summary>
internal ref partial struct DateScan
{
    private readonly bool TryRelative(int i, out DateMention mention)
    {
        mention = default;
        var today = _reference;
        if (IsWordIn(i, "today", "tonight"))
            return Day(i, i, today, out mention);
        if (IsWord(i, "yesterday"))
            return Day(i, i, today.AddDays(-1), out mention);
        if (IsWord(i, "tomorrow"))
            return Day(i, i, today.AddDays(1), out mention);
        if (IsWord(i, "last") && IsWord(i + 1, "night"))
            return Day(i, i + 1, today.AddDays(-1), out mention);
        if (IsWord(i, "this") && IsWordIn(i + 1, "morning", "afternoon", "evening"))
            return Day(i, i + 1, today, out mention);

        // "earlier this month", "later this year"
        if (IsWordIn(i, "earlier", "later") && IsWord(i + 1, "this") && IsWordIn(i + 2, "week", "month", "year"))
        {
            var period = Period(i + 2, 0);
            var range = IsWord(i, "earlier") ? new DateRange(period.Start, today) : new DateRange(today, period.End);
            var grain = IsWord(i + 2, "year") ? DateGrain.PartOfYear : IsWord(i + 2, "month") ? DateGrain.PartOfMonth : DateGrain.Days;
            mention = Make(i, i + 2, range, grain, false, $"{Written(i, i + 2)}, from {Long(today)}");
            return true;
        }

        var shift = IsWord(i, "last") ? -1 : IsWord(i, "next") ? 1 : IsWord(i, "this") ? 0 : int.MinValue;
        if (shift == int.MinValue)
            return false;
        var j = i + 1;
        if (IsWordIn(j, "week", "month", "year"))
        {
            var grain = IsWord(j, "week") ? DateGrain.Week : IsWord(j, "month") ? DateGrain.Month : DateGrain.Year;
            mention = Make(i, j, Period(j, shift), grain, false, $"{Written(i, j)}, from {Long(today)}");
            return true;
        }
        if (MonthAt(j, out var monthLast) is var month and > 0)
        {
            var year = shift switch
            {
                -1 => month < today.Month ? today.Year : today.Year - 1,
                1 => month > today.Month ? today.Year : today.Year + 1,
                _ => today.Year,
            };
            mention = Make(i, monthLast, DateRange.Month(year, month), DateGrain.Month, false,
                $"{Written(i, monthLast)}, from {Long(today)}: {CalendarWords.MonthName(month)} {year}");
            return true;
        }
        if (WeekdayAt(j) is { } weekday)
        {
            var day = shift switch
            {
                -1 => Previous(today.AddDays(-1), weekday),
                1 => Next(today.AddDays(1), weekday),
                _ => Nearest(today, weekday),
            };
            mention = Make(i, j, DateRange.Day(day), DateGrain.Day, false, $"{Written(i, j)}, from {Long(today)} → {Long(day)}");
            return true;
        }
        if (SeasonAt(j) is var season and >= 0)
        {
            var current = SeasonYear(today, season);
            var range = SeasonRange(current, season);
            if (shift == -1 && !(range.End < today))
                range = SeasonRange(current - 1, season);
            else if (shift == 1 && !(range.Start > today))
                range = SeasonRange(current + 1, season);
            mention = Make(i, j, range, DateGrain.Season, false, $"{Written(i, j)}, from {Long(today)}, {SeasonNote}");
            return true;
        }
        return false;
    }

    /// <summary>The year whose season of that kind contains or lies nearest the day ("this winter" in January is last December's).</summary>
    private static int SeasonYear(DateOnly day, int season) =>
        season == 3 && day.Month <= 2 ? day.Year - 1 : day.Year;

    private readonly DateRange Period(int unit, int shift)
    {
        var today = _reference;
        if (IsWord(unit, "week"))
        {
            var monday = today.AddDays(-(((int)today.DayOfWeek + 6) % 7)).AddDays(7 * shift);
            return new DateRange(monday, monday.AddDays(6));
        }
        if (IsWord(unit, "month"))
        {
            var anchor = today.AddMonths(shift);
            return DateRange.Month(anchor.Year, anchor.Month);
        }
        return DateRange.Year(today.Year + shift);
    }

    private readonly bool Day(int first, int last, DateOnly day, out DateMention mention)
    {
        mention = Make(first, last, DateRange.Day(day), DateGrain.Day, false, $"{Written(first, last)}, from {Long(_reference)} → {Long(day)}");
        return true;
    }

    // "two weeks ago", "just over a year ago", "in two weeks", "over the last year", "in the past three months"
    private readonly bool TryDistance(int i, out DateMention mention)
    {
        mention = default;
        if (IsWordIn(i, "over", "in", "during", "within") && IsWord(i + 1, "the") && IsWordIn(i + 2, "last", "past"))
        {
            var k = i + 3;
            var count = CountAt(k, out var countLast);
            if (count == 0 || IsWordIn(k, "a", "an"))
                count = 1;
            else
                k = countLast + 1;
            if (!UnitAt(k, out _, out _))
                return false;
            var start = Back(count, k);
            mention = Make(i, k, new DateRange(start, _reference), DateGrain.Days, false,
                $"{Written(i, k)}, the {count} {Span(k)} up to {Long(_reference)}");
            return true;
        }

        var future = IsWordIn(i, "in", "within");
        var hedgeWords = 0;
        var hedge = future ? Hedge.None : HedgeAt(i, out hedgeWords);
        var at = future ? i + 1 : i + hedgeWords;
        var n = CountAt(at, out var nLast);
        if (n == 0 || !UnitAt(nLast + 1, out var days, out var grain))
            return false;
        var unit = nLast + 1;
        if (future)
        {
            if (IsWord(unit + 1, "ago"))
                return false;
            var point = Forward(n, unit);
            var slack = Slack(days, n);
            mention = Make(i, unit, new DateRange(point.AddDays(-slack), point.AddDays(slack)), grain, slack > 0,
                $"{Written(i, unit)}, from {Long(_reference)} → {Long(point)}");
            return true;
        }
        if (!IsWord(unit + 1, "ago"))
            return false;
        var then = Back(n, unit);
        var s = Slack(days, n);
        var range = hedge switch
        {
            Hedge.Over => new DateRange(then.AddDays(-3 * Math.Max(s, 1)), then),
            Hedge.Under => new DateRange(then, then.AddDays(3 * Math.Max(s, 1))),
            Hedge.About => new DateRange(then.AddDays(-3 * Math.Max(s, 1)), then.AddDays(3 * Math.Max(s, 1))),
            _ => new DateRange(then.AddDays(-s), then.AddDays(s)),
        };
        mention = Make(i, unit + 1, range, grain, hedge != Hedge.None || s > 0,
            $"{Written(i, unit + 1)}, from {Long(_reference)}: {Long(then)}{(range.Days > 1 ? $", read as {range.Start:yyyy-MM-dd} to {range.End:yyyy-MM-dd}" : "")}");
        return true;
    }

    /// <summary>How loosely "N units ago" is meant, in days each side: none for days, a few for weeks, more for months and years.</summary>
    private static int Slack(int unitDays, int count) => unitDays switch
    {
        1 => 0,
        7 => 3,
        _ => Math.Max(unitDays / 12, unitDays * count / 24),
    };

    private readonly bool UnitAt(int i, out int days, out DateGrain grain)
    {
        (days, grain) = IsWordIn(i, "day", "days") ? (1, DateGrain.Day)
            : IsWordIn(i, "week", "weeks") ? (7, DateGrain.Week)
            : IsWordIn(i, "month", "months") ? (30, DateGrain.Month)
            : IsWordIn(i, "year", "years") ? (365, DateGrain.Year)
            : (0, DateGrain.Day);
        return days > 0;
    }

    private readonly DateOnly Back(int count, int unit) =>
        IsWordIn(unit, "day", "days") ? _reference.AddDays(-count)
        : IsWordIn(unit, "week", "weeks") ? _reference.AddDays(-7 * count)
        : IsWordIn(unit, "month", "months") ? _reference.AddMonths(-count)
        : _reference.AddYears(-count);

    private readonly DateOnly Forward(int count, int unit) =>
        IsWordIn(unit, "day", "days") ? _reference.AddDays(count)
        : IsWordIn(unit, "week", "weeks") ? _reference.AddDays(7 * count)
        : IsWordIn(unit, "month", "months") ? _reference.AddMonths(count)
        : _reference.AddYears(count);

    // "on Friday", "said on Tuesday", "Thursday's announcement": the tense of the clause decides which week.
    private readonly bool TryWeekdayAlone(int i, out DateMention mention)
    {
        mention = default;
        if (WeekdayAt(i) is not { } weekday)
            return false;
        var tense = DetectTense(i, i);
        var day = tense switch
        {
            Tense.Past => Previous(_reference, weekday),
            Tense.Future => Next(_reference, weekday),
            _ => Nearest(_reference, weekday),
        };
        var how = tense switch
        {
            Tense.Past => "past tense",
            Tense.Future => "future tense",
            _ => "no tense, the nearest",
        };
        mention = Make(i, i, DateRange.Day(day), DateGrain.Day, false,
            $"{CalendarWords.WeekdayName(weekday)}, {how}, from {Long(_reference)} → {Long(day)}");
        return true;
    }

    private static DateOnly Previous(DateOnly from, DayOfWeek day) => from.AddDays(-(((int)from.DayOfWeek - (int)day + 7) % 7));

    private static DateOnly Next(DateOnly from, DayOfWeek day) => from.AddDays(((int)day - (int)from.DayOfWeek + 7) % 7);

    private static DateOnly Nearest(DateOnly from, DayOfWeek day)
    {
        var back = ((int)from.DayOfWeek - (int)day + 7) % 7;
        return back <= 3 ? from.AddDays(-back) : from.AddDays(7 - back);
    }

    /// <summary>
    /// Picks the year of a date written without one: the latest on or before the article's date in a past
    /// clause, the first on or after it in a future clause, else the nearest.
    /// </summary>
    private readonly bool ResolveAnnual(int first, int last, DateGrain grain, Func<int, DateRange?> inYear, out DateMention mention)
    {
        mention = default;
        var tense = DetectTense(first, last);
        DateRange? best = null;
        for (var year = _reference.Year - 1; year <= _reference.Year + 1; year++)
        {
            if (inYear(year) is not { } candidate)
                continue;
            var better = tense switch
            {
                Tense.Past => candidate.Start <= _reference && (best is null || candidate.Start > best.Value.Start),
                Tense.Future => candidate.End >= _reference && best is null,
                _ => best is null || candidate.DistanceTo(DateRange.Day(_reference)) < best.Value.DistanceTo(DateRange.Day(_reference)),
            };
            if (better)
                best = candidate;
        }
        if (best is null)
            return false;
        var how = tense switch
        {
            Tense.Past => "past tense, the latest on or before",
            Tense.Future => "future tense, the first on or after",
            _ => "the nearest to",
        };
        var year2 = best.Value.Start.Year.ToString(CultureInfo.InvariantCulture);
        mention = Make(first, last, best.Value, grain, false,
            $"{Written(first, last)} without a year: {year2}, {how} the article's date {Long(_reference)}");
        return true;
    }

    /// <summary>
    /// Reads the tense of the clause around a date: a few words back, then a few ahead, never across a clause
    /// break. A future cue anywhere in the window wins, since "will be held" holds a past participle too.
    /// </summary>
    private readonly Tense DetectTense(int first, int last)
    {
        const int Window = 6;
        var backward = Scan(first - 1, -1, Math.Max(0, first - Window));
        return backward != Tense.Unknown ? backward : Scan(last + 1, 1, Math.Min(_tokens.Count - 1, last + Window));
    }

    private readonly Tense Scan(int from, int step, int limit)
    {
        var words = English.Words;
        var past = false;
        for (var k = from; step < 0 ? k >= limit : k <= limit; k += step)
        {
            var token = _tokens[k];
            if (token.Kind == TokenKind.Punctuation)
            {
                if (_text[token.Start] is ';' or ':' or '"' or '\u201C' or '\u201D' or '(' or ')')
                    break;
                continue;
            }
            if (token.Kind != TokenKind.Word)
                continue;
            var word = Span(k);
            if (words.ClauseBreaks.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                break;
            if (words.FutureCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
                return Tense.Future;
            if (IsPastWord(word))
                past = true;
        }
        return past ? Tense.Past : Tense.Unknown;
    }

    private static bool IsPastWord(ReadOnlySpan<char> word)
    {
        var words = English.Words;
        if (words.PastCues.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return true;
        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && !words.NotPast.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word);
    }
}
