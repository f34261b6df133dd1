using System.Collections.Frozen;
using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Dates;

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
        if (IsWord(i, "today", "tonight"))
            return Day(i, i, today, out mention);
        if (IsWord(i, "yesterday"))
            return Day(i, i, today.AddDays(-1), out mention);
        if (IsWord(i, "tomorrow"))
            return Day(i, i, today.AddDays(1), out mention);
        if (IsWord(i, "last") && IsWord(i + 1, "night"))
            return Day(i, i + 1, today.AddDays(-1), out mention);
        if (IsWord(i, "this") && IsWord(i + 1, "morning", "afternoon", "evening"))
            return Day(i, i + 1, today, out mention);
        if (IsWord(i, "the") && IsWord(i + 1, "day") && IsWord(i + 2, "before") && IsWord(i + 3, "yesterday"))
            return Day(i, i + 3, today.AddDays(-2), out mention);
        if (IsWord(i, "the") && IsWord(i + 1, "day") && IsWord(i + 2, "after") && IsWord(i + 3, "tomorrow"))
            return Day(i, i + 3, today.AddDays(2), out mention);

        // "earlier this month", "later this year"
        if (IsWord(i, "earlier", "later") && IsWord(i + 1, "this") && IsWord(i + 2, "week", "month", "year"))
        {
            var period = Period(i + 2, 0);
            var range = IsWord(i, "earlier") ? new DateRange(period.Start, today) : new DateRange(today, period.End);
            var grain = IsWord(i + 2, "year") ? DateGrain.PartOfYear : IsWord(i + 2, "month") ? DateGrain.PartOfMonth : DateGrain.Days;
            mention = Make(i, i + 2, range, grain, false, $"{Written(i, i + 2)}, from {Long(today)}");
            return true;
        }

        var shift = IsWord(i, "last") ? -1 : IsWord(i, "next") ? 1 : IsWord(i, "this") ? 0 : int.MinValue;
        // "the last week of June", "the next Tuesday": with the article they count from some other day, not the article's.
        if (shift == int.MinValue || IsWord(i - 1, "the"))
            return false;
        var j = i + 1;
        if (IsWord(j, "week", "month", "quarter", "year"))
        {
            var grain = IsWord(j, "week") ? DateGrain.Week
                : IsWord(j, "month") ? DateGrain.Month
                : IsWord(j, "quarter") ? DateGrain.Quarter
                : DateGrain.Year;
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
            // "next Thursday" said on a Wednesday is tomorrow to some readers and the Thursday of next week to others;
            // "last Monday" said on a Thursday, this week's or last week's. Both are kept, as the two ends of a span
            // whose days between it never means.
            if (shift != 0 && ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)) == ISOWeek.GetWeekOfYear(today.ToDateTime(TimeOnly.MinValue))
                && Math.Abs(day.DayNumber - today.DayNumber) < 7)
            {
                var other = day.AddDays(7 * shift);
                var range = shift > 0 ? new DateRange(day, other) : new DateRange(other, day);
                mention = Make(i, j, range, DateGrain.Days, true,
                    $"{Written(i, j)}, from {Long(today)}: {Long(day)} or, as many readers take it, {Long(other)}", eitherEnd: true);
                return true;
            }
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
        if (IsWord(unit, "quarter"))
        {
            var anchor = today.AddMonths(3 * shift);
            return QuarterRange(anchor.Year, (anchor.Month + 2) / 3);
        }
        return DateRange.Year(today.Year + shift);
    }

    private readonly bool Day(int first, int last, DateOnly day, out DateMention mention)
    {
        mention = Make(first, last, DateRange.Day(day), DateGrain.Day, false, $"{Written(first, last)}, from {Long(_reference)} → {Long(day)}");
        return true;
    }

    // "two weeks ago", "just over a year ago", "a year or so ago", "in about two weeks", "two weeks from now", "within a month"
    private readonly bool TryDistance(int i, out DateMention mention)
    {
        if (TryStretch(i, out mention))
            return true;
        var ahead = IsWord(i, "in", "within");
        var at = ahead ? i + 1 : i;
        var hedge = HedgeAt(at, out var hedgeWords);
        at += hedgeWords;
        var n = CountAt(at, out var nLast);
        if (n == 0 || !UnitAt(nLast + 1, out var days, out var grain))
            return false;
        var last = nLast + 1;
        if (IsWord(last + 1, "or") && IsWord(last + 2, "so"))
        {
            if (hedge == Hedge.None)
                hedge = Hedge.About;
            last += 2;
        }
        // "in three days of talks": a length of time, not a distance from the article's date.
        if (IsWord(last + 1, "of"))
            return false;
        int sign;
        if (ahead)
        {
            sign = 1;
            if (IsApostrophe(last + 1) && IsWord(last + 2, "time"))
                last += 2;
            else if (IsApostrophe(last + 1) && IsWord(last + 2, "s") && IsWord(last + 3, "time"))
                last += 3;
            else if (DetectTense(i, last) == Tense.Past)
                return false; // "the bridge was built in two years": how long it took
            else if (IsWord(i, "in") && (InClause(i, _english.RankWords, andStops: true) || (hedge == Hedge.Over && InClause(i, _english.LookBackWords, andStops: false))))
                return false; // "the first visit in 25 years", "not seen in more than 120 years": a stretch back to now
        }
        else if (IsWord(last + 1, "ago"))
        {
            sign = -1;
            last++;
        }
        else if (IsWord(last + 1, "from") && IsWord(last + 2, "now", "today"))
        {
            sign = 1;
            last += 2;
        }
        else
        {
            return false;
        }

        var point = Shift(sign * n, days);
        var slack = Slack(days, n);
        var wide = 3 * Math.Max(slack, 1);
        // "Over" a distance lies further from the article's date and "under" one nearer, whichever way it points.
        var range = hedge switch
        {
            Hedge.None => new DateRange(point.AddDays(-slack), point.AddDays(slack)),
            Hedge.About => new DateRange(point.AddDays(-wide), point.AddDays(wide)),
            _ when (hedge == Hedge.Over) == (sign < 0) => new DateRange(point.AddDays(-wide), point),
            _ => new DateRange(point, point.AddDays(wide)),
        };
        // A distance back never reaches past the article's date, nor one ahead before it: "less than a week ago".
        range = sign < 0
            ? new DateRange(range.Start, range.End < _reference ? range.End : _reference)
            : new DateRange(range.Start > _reference ? range.Start : _reference, range.End);
        var approximate = hedge != Hedge.None || slack > 0;
        if (IsWord(i, "within"))
        {
            // A deadline: any day from now on, up to the distance named.
            range = new DateRange(_reference, hedge == Hedge.None ? point : range.End);
            grain = DateGrain.Days;
            approximate = hedge != Hedge.None;
        }
        mention = Make(i, last, range, grain, approximate,
            $"{Written(i, last)}, from {Long(_reference)}: {Long(point)}{(range.Days > 1 ? $", read as {range.Start:yyyy-MM-dd} to {range.End:yyyy-MM-dd}" : "")}");
        return true;
    }

    /// <summary>
    /// Whether one of <paramref name="words"/> (a rank: "the first visit in 25 years"; a negation or a perfect: "not
    /// seen in more than 120 years") stands in the few words before, in the same clause and with no future verb
    /// between: "the second round will take place in two weeks" is a date. A rank stops at "and" ("the first round
    /// ended and the next starts in two weeks"); a negation reaches over one ("not seen in the town and the valley in").
    /// </summary>
    private readonly bool InClause(int i, FrozenSet<string> words, bool andStops)
    {
        for (var k = i - 1; k >= 0 && k >= i - 12; k--)
        {
            // Within the clause: a comma or a joining word ends it; a full stop may be an abbreviation's ("the highest
            // U.S. rate in 16 years"), and the reach is short anyway.
            if (_tokens[k].Kind == TokenKind.Punctuation && _text[_tokens[k].Start] is ',' or ';' or ':' or '!' or '?')
                return false;
            if (_tokens[k].Kind == TokenKind.Word && ((andStops && _english.Conjunctions.ContainsWord(Span(k))) || _english.ClauseBreaks.ContainsWord(Span(k))))
                return false;
            if (_tokens[k].Kind == TokenKind.Word && _english.FutureCues.ContainsWord(Span(k)))
                return false;
            if (_tokens[k].Kind == TokenKind.Word && words.ContainsWord(Span(k)))
                return true;
        }
        return false;
    }

    // "over the last year", "in the past three months", "the last two weeks", "for the coming year", "over the next decade"
    private readonly bool TryStretch(int i, out DateMention mention)
    {
        mention = default;
        var k = IsWord(i, "over", "in", "during", "within", "for", "throughout") ? i + 1 : i;
        if (!IsWord(k, "the") || !IsWord(k + 1, "last", "past", "next", "coming"))
            return false;
        var ahead = IsWord(k + 1, "next", "coming");
        k += 2;
        var count = CountAt(k, out var countLast);
        var counted = count != 0 && !IsWord(k, "a", "an");
        if (counted)
            k = countLast + 1;
        else
            count = 1;
        // "the last year of the war" is the war's, not the year up to the article's date.
        if (!UnitAt(k, out var days, out _) || IsWord(k + 1, "of"))
            return false;
        // "in the coming months" says no how many.
        if (!counted && Span(k)[^1] == 's')
            return false;
        // "The next day, police arrested him": a past narrative counts from its own day.
        if (ahead && DetectTense(i, k) == Tense.Past)
            return false;
        var range = ahead ? new DateRange(_reference, Shift(count, days)) : new DateRange(Shift(-count, days), _reference);
        mention = Make(i, k, range, DateGrain.Days, false,
            $"{Written(i, k)}, the {count} {Span(k)} {(ahead ? "from" : "up to")} {Long(_reference)}");
        return true;
    }

    /// <summary>How loosely "N units ago" is meant, in days each side: none for days, a few for weeks, more for months and years.</summary>
    private static int Slack(int unitDays, int count) => unitDays switch
    {
        1 => 0,
        < 30 => 3,
        _ => Math.Max(unitDays / 12, unitDays * count / 24),
    };

    private readonly bool UnitAt(int i, out int days, out DateGrain grain)
    {
        (days, grain) = IsWord(i, "day", "days") ? (1, DateGrain.Day)
            : IsWord(i, "week", "weeks") ? (7, DateGrain.Week)
            : IsWord(i, "fortnight", "fortnights") ? (14, DateGrain.Week)
            : IsWord(i, "month", "months") ? (30, DateGrain.Month)
            : IsWord(i, "year", "years") ? (365, DateGrain.Year)
            : IsWord(i, "decade", "decades") ? (3650, DateGrain.Year)
            : (0, DateGrain.Day);
        return days > 0;
    }

    /// <summary>The article's date moved by <paramref name="count"/> units of <paramref name="unitDays"/> days, by the calendar.</summary>
    private readonly DateOnly Shift(int count, int unitDays) => unitDays switch
    {
        < 30 => _reference.AddDays(count * unitDays),
        30 => _reference.AddMonths(count),
        _ => _reference.AddYears(count * (unitDays / 365)),
    };

    // "on Friday", "said on Tuesday", "Thursday's announcement": the tense of the clause decides which week.
    private readonly bool TryWeekdayAlone(int i, out DateMention mention)
    {
        mention = default;
        if (WeekdayAt(i) is not { } weekday)
            return false;
        // "every Friday", "on a Tuesday": any such day, not one in particular.
        if (IsWord(i - 1, "a", "an", "every", "each"))
            return false;
        // "the Sunday Times" is a name; "the Friday before the vote" counts from another day than the article's.
        if (IsWord(i - 1, "the") && (IsWord(i + 1, "before", "after") || (i + 1 < _tokens.Count && IsCapitalised(i + 1))))
            return false;
        // "Tuesday last week", "Friday next week": that day of the week named.
        var shift = IsWord(i + 1, "last") ? -1 : IsWord(i + 1, "next") ? 1 : IsWord(i + 1, "this") ? 0 : int.MinValue;
        if (shift != int.MinValue && IsWord(i + 2, "week"))
        {
            var inWeek = Period(i + 2, shift).Start.AddDays(((int)weekday + 6) % 7);
            mention = Make(i, i + 2, DateRange.Day(inWeek), DateGrain.Day, false,
                $"{Written(i, i + 2)}, from {Long(_reference)} → {Long(inWeek)}");
            return true;
        }
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
        if (!YearAfter(last, out var named, out last))
            return false;
        if (named is { } given)
        {
            if (inYear(given) is not { } range)
                return false;
            mention = Make(first, last, range, grain, false, $"{Written(first, last)}, the year {given} as named");
            return true;
        }
        var tense = DetectTense(first, last);
        DateRange? best = null;
        // Four years either way, so that a leap day finds one.
        for (var year = _reference.Year - 4; year <= _reference.Year + 4; year++)
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
    /// The year that words after a year-less date give it: "March last year", "the third quarter of next year",
    /// "June of 2021"; none with <paramref name="end"/> left at <paramref name="last"/> when nothing follows.
    /// False when "of" ties the date to something else: "the first quarter of the game", "June of that year".
    /// </summary>
    private readonly bool YearAfter(int last, out int? year, out int end)
    {
        year = null;
        end = last;
        var k = last + 1;
        var of = IsWord(k, "of");
        if (of)
            k++;
        var shift = IsWord(k, "last") ? -1 : IsWord(k, "next") ? 1 : IsWord(k, "this") ? 0 : int.MinValue;
        if (shift != int.MinValue && IsWord(k + 1, "year") && !IsApostrophe(k + 2))
        {
            year = _reference.Year + shift;
            end = k + 1;
            return true;
        }
        if (!of)
            return true;
        if (YearAt(k) is var written and > 0 && YearStandsAlone(k))
        {
            year = written;
            end = k;
            return true;
        }
        if (IsWord(k, "the") && IsWord(k + 1, "year"))
        {
            end = k + 1;
            return true;
        }
        return false;
    }

    /// <summary>
    /// Reads the tense of the clause around a date: a few words back, then a few ahead, never across a clause
    /// break. A future cue anywhere in the window wins, since "will be held" holds a past participle too.
    /// </summary>
    private readonly Tense DetectTense(int first, int last)
    {
        if (_tense != Tense.Unknown)
            return _tense;
        const int Window = 6;
        var backward = Scan(first - 1, -1, Math.Max(0, first - Window));
        return backward != Tense.Unknown ? backward : Scan(last + 1, 1, Math.Min(_tokens.Count - 1, last + Window));
    }

    /// <summary>
    /// Future cues that are as often nouns or past forms: they look ahead only before "to" or "for"
    /// ("plans to", "set for Friday"), not in "the plan was approved" or "the shop was set alight".
    /// </summary>
    private static readonly string[] AheadOnlyBeforeTo = ["plan", "plans", "set", "hopes", "aims"];

    private readonly Tense Scan(int from, int step, int limit)
    {
        var words = _english;
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
            if (words.ClauseBreaks.ContainsWord(word))
                break;
            if (words.FutureCues.ContainsWord(word)
                && (!IsWord(k, AheadOnlyBeforeTo) || IsWord(k + 1, "to", "for")))
            {
                return Tense.Future;
            }
            if (IsPastWord(word))
            {
                // A participle after "be" is no past: "is to be held on Friday" looks ahead, "could be held" may
                if (IsWord(k - 1, "be") && IsWord(k - 2, "to"))
                    return Tense.Future;
                past |= !IsWord(k - 1, "be") && !IsWord(k - 1, "being");
            }
        }
        return past ? Tense.Past : Tense.Unknown;
    }

    private readonly bool IsPastWord(ReadOnlySpan<char> word)
    {
        var words = _english;
        if (words.PastCues.ContainsWord(word))
            return true;
        return word.Length >= 5 && word.EndsWith("ed", StringComparison.Ordinal) && char.IsLower(word[0])
            && !words.NotPast.ContainsWord(word);
    }
}
