using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Dates;

/// <summary>Parts of months and years, quarters and seasons: "mid-July", "the end of the year", "Q3 2023", "this spring".</summary>
internal ref partial struct DateScan
{
    private enum Part : byte
    {
        Early,
        Middle,
        Late,
    }

    private static readonly string[] Ordinals = ["first", "second", "third", "fourth"];

    // "early July", "mid-July 2023", "late 2024", "early next year", "the end of the month", "the beginning of next year"
    private readonly bool TryPartOf(int i, out DateMention mention)
    {
        mention = default;
        Part part;
        int j;
        bool phrase;
        if (IsWord(i, "early", "mid", "late") && !IsWord(i + 1, "on"))
        {
            part = IsWord(i, "early") ? Part.Early : IsWord(i, "mid") ? Part.Middle : Part.Late;
            j = IsDash(i + 1) ? i + 2 : i + 1;
            phrase = false;
        }
        else if (IsWord(i, "the") && IsWord(i + 1, "beginning", "start", "middle", "end") && IsWord(i + 2, "of"))
        {
            part = IsWord(i + 1, "beginning", "start") ? Part.Early : IsWord(i + 1, "middle") ? Part.Middle : Part.Late;
            j = i + 3;
            phrase = true;
        }
        else
        {
            return false;
        }

        if (MonthAt(j, out var monthLast) is var month and > 0)
        {
            var k = monthLast + 1;
            if (IsPunct(k, ','))
                k++;
            var year = YearAt(k);
            if (year != 0)
            {
                mention = Make(i, k, MonthPart(year, month, part), DateGrain.PartOfMonth, false, $"{Written(i, k)}, written in full");
                return true;
            }
            return ResolveAnnual(i, monthLast, DateGrain.PartOfMonth, y => MonthPart(y, month, part), out mention);
        }
        if (YearAt(j) is var explicitYear and > 0 && YearStandsAlone(j))
        {
            mention = Make(i, j, YearPart(explicitYear, part, phrase), DateGrain.PartOfYear, false, $"{Written(i, j)}, written in full");
            return true;
        }
        // "the end of the month", "the start of next year", "late last month", "early this year"
        var shift = IsWord(j, "next") ? 1 : IsWord(j, "last") ? -1 : IsWord(j, "this") || (phrase && IsWord(j, "the")) ? 0 : int.MinValue;
        if (shift == int.MinValue)
            return false;
        if (IsWord(j + 1, "month"))
        {
            var anchor = _reference.AddMonths(shift);
            mention = Make(i, j + 1, MonthPart(anchor.Year, anchor.Month, part), DateGrain.PartOfMonth, false,
                $"{Written(i, j + 1)}, month of {(shift == 0 ? "the article's date " + Iso(_reference) : anchor.ToString("MMMM yyyy", System.Globalization.CultureInfo.InvariantCulture))}");
            return true;
        }
        if (IsWord(j + 1, "year"))
        {
            var year = _reference.Year + shift;
            mention = Make(i, j + 1, YearPart(year, part, phrase), DateGrain.PartOfYear, false, $"{Written(i, j + 1)}, year {year}");
            return true;
        }
        return false;
    }

    /// <summary>Early is days 1-10, mid 11-20, late 21 to the month's end.</summary>
    private static DateRange MonthPart(int year, int month, Part part)
    {
        var last = DateTime.DaysInMonth(year, month);
        return part switch
        {
            Part.Early => new DateRange(new DateOnly(year, month, 1), new DateOnly(year, month, 10)),
            Part.Middle => new DateRange(new DateOnly(year, month, 11), new DateOnly(year, month, 20)),
            _ => new DateRange(new DateOnly(year, month, 21), new DateOnly(year, month, last)),
        };
    }

    /// <summary>Early/mid/late split the year in thirds; "the start/middle/end of" a year is narrower, two months.</summary>
    private static DateRange YearPart(int year, Part part, bool phrase) => (part, phrase) switch
    {
        (Part.Early, false) => new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 4, 30)),
        (Part.Middle, false) => new DateRange(new DateOnly(year, 5, 1), new DateOnly(year, 8, 31)),
        (Part.Late, false) => new DateRange(new DateOnly(year, 9, 1), new DateOnly(year, 12, 31)),
        (Part.Early, true) => new DateRange(new DateOnly(year, 1, 1), new DateOnly(year, 2, DateTime.DaysInMonth(year, 2))),
        (Part.Middle, true) => new DateRange(new DateOnly(year, 6, 1), new DateOnly(year, 7, 31)),
        _ => new DateRange(new DateOnly(year, 11, 1), new DateOnly(year, 12, 31)),
    };

    // "Q3 2023", "Q1", "the third quarter of 2023", "the fourth quarter"
    private readonly bool TryQuarter(int i, out DateMention mention)
    {
        mention = default;
        int quarter;
        int last;
        if (IsWord(i, "Q") && Touches(i + 1) && Number(i + 1, 1) is >= 1 and <= 4)
        {
            quarter = Number(i + 1, 1);
            last = i + 1;
        }
        else if (IsWord(i, Ordinals) && IsWord(i + 1, "quarter"))
        {
            quarter = 1;
            while (!IsWord(i, Ordinals[quarter - 1]))
                quarter++;
            last = i + 1;
        }
        else
        {
            return false;
        }
        var k = IsWord(last + 1, "of") ? last + 2 : last + 1;
        if (IsPunct(k, ','))
            k++;
        var year = YearAt(k);
        if (year != 0)
        {
            mention = Make(i, k, QuarterRange(year, quarter), DateGrain.Quarter, false, $"{Written(i, k)}, written in full");
            return true;
        }
        return ResolveAnnual(i, last, DateGrain.Quarter, y => QuarterRange(y, quarter), out mention);
    }

    // "the first half of 2023", "the second half of next year": a half needs its year, for "the second half" alone is a match's.
    private readonly bool TryHalf(int i, out DateMention mention)
    {
        mention = default;
        if (!IsWord(i, "first", "second") || !IsWord(i + 1, "half") || !IsWord(i + 2, "of"))
            return false;
        var second = IsWord(i, "second");
        return ResolveAnnual(i, i + 1, DateGrain.PartOfYear, y => second
            ? new DateRange(new DateOnly(y, 7, 1), new DateOnly(y, 12, 31))
            : new DateRange(new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)), out mention);
    }

    private static DateRange QuarterRange(int year, int quarter)
    {
        var first = (quarter - 1) * 3 + 1;
        return new DateRange(new DateOnly(year, first, 1), DateRange.Month(year, first + 2).End);
    }

    // "summer 2023", "the spring of 2024", "in the autumn": northern-hemisphere meteorological seasons.
    private readonly bool TrySeason(int i, out DateMention mention)
    {
        mention = default;
        var season = SeasonAt(i);
        if (season < 0)
            return false;
        // "a fall in prices", "their fall from power": the noun, not the season.
        if (IsWord(i, "fall") && IsWord(i + 1, "in", "from", "to", "by", "on", "at"))
            return false;
        var k = IsWord(i + 1, "of") ? i + 2 : i + 1;
        var year = YearAt(k);
        if (year != 0 && YearStandsAlone(k))
        {
            mention = Make(i, k, SeasonRange(year, season), DateGrain.Season, false, $"{Written(i, k)}, {SeasonNote}");
            return true;
        }
        var cued = IsWord(i - 1, MonthCues) || (IsWord(i - 1, "the") && IsWord(i - 2, MonthCues));
        if (!cued)
            return false;
        return ResolveAnnual(i, i, DateGrain.Season, y => SeasonRange(y, season), out mention);
    }

    private const string SeasonNote = "northern-hemisphere season";

    /// <summary>0 spring, 1 summer, 2 autumn, 3 winter; -1 when the word is no season.</summary>
    private readonly int SeasonAt(int i) =>
        IsWord(i, "spring") ? 0 : IsWord(i, "summer") ? 1 : IsWord(i, "autumn", "fall") ? 2 : IsWord(i, "winter") ? 3 : -1;

    /// <summary>Spring is March-May, summer June-August, autumn September-November, winter December to February of the next year.</summary>
    private static DateRange SeasonRange(int year, int season)
    {
        var first = new DateOnly(year, 3 + season * 3, 1);
        return new DateRange(first, first.AddMonths(3).AddDays(-1));
    }
}
