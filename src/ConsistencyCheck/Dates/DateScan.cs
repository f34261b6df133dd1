using System.Collections.Frozen;
using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Dates;

/// <summary>
/// Finds the date expressions of one sentence and resolves them against the article's date. It works on
/// tokens, trying the longest forms first at each position (a full "Thursday, April 20, 2023" before the bare
/// weekday), so one expression yields one mention.
/// </summary>
internal ref partial struct DateScan
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly DateOnly _reference;
    private readonly English _english;

    /// <summary>A tense that overrides the words around a date: what follows "since" lies behind the article's date.</summary>
    private readonly Tense _tense;

    public DateScan(string text, List<Token> tokens, DateOnly reference, English english)
        : this(text, tokens, reference, english, Tense.Unknown)
    {
    }

    private DateScan(string text, List<Token> tokens, DateOnly reference, English english, Tense tense)
    {
        _english = english;
        _text = text;
        _tokens = tokens;
        _reference = reference;
        _tense = tense;
    }

    public static void Find(string text, List<Token> tokens, DateOnly reference, English english, List<DateMention> found)
    {
        var scan = new DateScan(text, tokens, reference, english);
        for (var i = 0; i < tokens.Count;)
        {
            if (scan.TryMatchInCalendar(i, out var mention))
            {
                if (scan.YearOutOfRangeAfter(mention.LastToken) is { } yearToken)
                {
                    i = yearToken + 1; // "31 December 9999" is refused, never read as this year's 31 December
                    continue;
                }
                found.Add(mention);
                i = mention.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
    }

    // The words a date expression can start with, besides digits, month and weekday names, number words and
    // hedges. Most words of a sentence start none, and skipping them at once keeps the scan fast.
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = new[]
        {
            "since", "the", "this", "last", "next", "earlier", "later", "early", "mid", "late", "today", "tonight",
            "yesterday", "tomorrow", "over", "in", "during", "within", "for", "throughout", "first", "second", "third",
            "fourth", "final", "spring", "summer", "autumn", "fall", "winter", "q", "day", "days", "week", "weeks",
            "fortnight", "fortnights", "month", "months", "year", "years", "decade", "decades",
        }
        .ToFrozenSet(StringComparer.OrdinalIgnoreCase)
        .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly bool MayStart(int i)
    {
        var token = _tokens[i];
        if (token.Kind != TokenKind.Word)
            return token.Kind == TokenKind.Number;
        var word = Span(i);
        return Starters.Contains(word) || _english.HedgeStarts.Contains(word) || CalendarWords.Numbers.ContainsKey(word)
            || (char.IsUpper(word[0]) && (CalendarWords.Months.ContainsKey(word) || CalendarWords.Weekdays.ContainsKey(word)));
    }

    private readonly bool TryMatch(int i, out DateMention mention)
    {
        if (!MayStart(i))
        {
            mention = default;
            return false;
        }
        return TrySince(i, out mention)
            || TryApproximately(i, out mention)
            || TryCalendarDate(i, out mention)
            || TryPartOf(i, out mention)
            || TryRelative(i, out mention)
            || TryDistance(i, out mention)
            || TryQuarter(i, out mention)
            || TryHalf(i, out mention)
            || TrySeason(i, out mention)
            || TryDecade(i, out mention)
            || TryMonthAlone(i, out mention)
            || TryYearAlone(i, out mention)
            || TryWeekdayAlone(i, out mention);
    }

    // "since February 2022", "since the spring", "since Tuesday": from that date up to the article's own date.
    private readonly bool TrySince(int i, out DateMention mention)
    {
        mention = default;
        if (!IsWord(i, "since") || i + 1 >= _tokens.Count)
            return false;
        // What "since" names lies behind the article's date, whatever tense the rest of the clause is in
        // ("closed since March and will reopen"), and "since" itself breaks the clause for the tense reader.
        var behind = new DateScan(_text, _tokens, _reference, _english, Tense.Past);
        DateMention anchor;
        if (!behind.TryMatchAnchor(i + 1, out anchor)
            && !(IsWord(i + 1, "the") && behind.TryMatchAnchor(i + 2, out anchor))
            && !behind.TryWeekdayAlone(i + 1, out anchor))
        {
            return false;
        }
        var from = anchor.Value.Range.Start;
        if (from > _reference)
            return false;
        var range = new DateRange(from, _reference);
        mention = Make(i, anchor.LastToken, range, DateGrain.Days, anchor.Value.Approximate,
            $"since {anchor.Value.Describe()}, up to the article's date {Long(_reference)}");
        return true;
    }

    // "around July 11": the same days, marked approximate.
    private readonly bool TryApproximately(int i, out DateMention mention)
    {
        mention = default;
        var hedge = HedgeAt(i, out var words);
        if (hedge != Hedge.About || i + words >= _tokens.Count || !TryMatchAnchor(i + words, out var inner))
            return false;
        if (inner.Value.Approximate)
            return false;
        var value = inner.Value;
        mention = Make(i, inner.LastToken, value.Range, value.Grain, true, value.Resolution + ", hedged");
        return true;
    }

    /// <summary>The expressions that can follow "since" or a hedge: anything but another since or hedge.</summary>
    private readonly bool TryMatchAnchor(int i, out DateMention mention) =>
        TryCalendarDate(i, out mention)
        || TryPartOf(i, out mention)
        || TryQuarter(i, out mention)
        || TryHalf(i, out mention)
        || TrySeason(i, out mention)
        || TryDecade(i, out mention)
        || TryMonthAnchor(i, out mention)
        || TryYearAnchor(i, out mention)
        || TryRelative(i, out mention);

    private readonly DateMention Make(int first, int last, DateRange range, DateGrain grain, bool approximate,
        string resolution, string? conflict = null, bool eitherEnd = false)
    {
        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
        return new DateMention(span, first, last, new ReportedDate(range, grain, approximate, resolution, eitherEnd), conflict);
    }

    private readonly string Written(int first, int last) =>
        _text.Substring(_tokens[first].Start, _tokens[last].End - _tokens[first].Start);

    // ---- token tests ----

    private readonly ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private readonly bool IsWord(int i, params ReadOnlySpan<string> words) => _tokens.IsWord(_text, i, words);

    private readonly bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    private readonly bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013') || IsPunct(i, '\u2014');

    private readonly bool IsApostrophe(int i) => IsPunct(i, '\'') || IsPunct(i, '\u2019');

    /// <summary>True when token <paramref name="i"/> starts right where the previous one ends ("11-12", "mid-July").</summary>
    private readonly bool Touches(int i) => i > 0 && i < _tokens.Count && _tokens[i].Start == _tokens[i - 1].End;

    private readonly bool IsCapitalised(int i) => _tokens[i].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[i].Start]);

    private readonly int Number(int i, int maxDigits)
    {
        if (i < 0 || i >= _tokens.Count || _tokens[i].Kind != TokenKind.Number || _tokens[i].Length > maxDigits)
            return -1;
        return int.Parse(Span(i), NumberStyles.None, CultureInfo.InvariantCulture);
    }

    /// <summary>A capitalised month name or abbreviation ("Apr." included); 0 when there is none.</summary>
    private readonly int MonthAt(int i, out int last)
    {
        last = i;
        if (i < 0 || i >= _tokens.Count || !IsCapitalised(i) || !CalendarWords.Months.TryGetValue(Span(i), out var month))
            return 0;
        var abbreviated = !Span(i).Equals(CalendarWords.MonthName(month), StringComparison.OrdinalIgnoreCase);
        if (abbreviated && IsPunct(i + 1, '.') && Touches(i + 1))
            last = i + 1;
        return month;
    }

    private readonly DayOfWeek? WeekdayAt(int i)
    {
        if (i < 0 || i >= _tokens.Count || !IsCapitalised(i) || !CalendarWords.Weekdays.TryGetValue(Span(i), out var day))
            return null;
        return day;
    }

    /// <summary>A day of the month, with its ordinal suffix if any ("20", "20th"); 0 when there is none.</summary>
    private readonly int DayAt(int i, out int last)
    {
        last = i;
        var day = Number(i, 2);
        if (day is < 1 or > 31)
            return 0;
        if (IsWord(i + 1, "st", "nd", "rd", "th") && Touches(i + 1))
            last = i + 1;
        return day;
    }

    /// <summary>
    /// A date counted from an article written at the calendar's ends ("tomorrow" on 31 December 9999, "3,000 years ago")
    /// falls outside it: such an expression names no date.
    /// </summary>
    private readonly bool TryMatchInCalendar(int i, out DateMention mention)
    {
        try
        {
            return TryMatch(i, out mention);
        }
        catch (ArgumentOutOfRangeException)
        {
            mention = default;
            return false;
        }
    }

    /// <summary>The token of a four-digit number right after a date (a comma between allowed) that no year can be, ending its clause.</summary>
    private readonly int? YearOutOfRangeAfter(int last)
    {
        var k = last + 1 < _tokens.Count && _tokens[last + 1].Kind == TokenKind.Punctuation && _text[_tokens[last + 1].Start] == ',' ? last + 2 : last + 1;
        if (k >= _tokens.Count || _tokens[k].Kind != TokenKind.Number || _tokens[k].Length != 4 || YearAt(k) != 0)
            return null;
        return k + 1 >= _tokens.Count || _tokens[k + 1].Kind == TokenKind.Punctuation ? k : null;
    }

    private readonly int YearAt(int i)
    {
        var year = Number(i, 4);
        return year >= 0 && _tokens[i].Length == 4 && year is >= 1800 and <= 2199 ? year : 0;
    }

    /// <summary>A small count in digits or words ("two", "twenty-one", "a"); 0 when there is none.</summary>
    private readonly int CountAt(int i, out int last)
    {
        last = i;
        if (i >= _tokens.Count)
            return 0;
        var digits = Number(i, 3);
        if (digits > 0)
            return digits;
        if (_tokens[i].Kind != TokenKind.Word || !CalendarWords.Numbers.TryGetValue(Span(i), out var value))
            return 0;
        if (IsDash(i + 1) && Touches(i + 1) && i + 2 < _tokens.Count && Touches(i + 2)
            && CalendarWords.Numbers.TryGetValue(string.Concat(Span(i), "-", Span(i + 2)), out var compound))
        {
            last = i + 2;
            return compound;
        }
        if (IsWord(i, "a") && IsWord(i + 1, "couple") && IsWord(i + 2, "of"))
        {
            last = i + 2;
            return 2;
        }
        return value;
    }

    /// <summary>The hedge phrase starting at <paramref name="i"/>, and how many words it takes.</summary>
    private readonly Hedge HedgeAt(int i, out int words)
    {
        foreach (var phrase in _english.Hedges)
        {
            var k = 0;
            while (k < phrase.Words.Length && IsWord(i + k, phrase.Words[k]))
                k++;
            if (k == phrase.Words.Length)
            {
                words = k;
                return phrase.Hedge;
            }
        }
        words = 0;
        return Hedge.None;
    }

    internal static string Long(DateOnly day) => day.ToString("dddd d MMMM yyyy", CultureInfo.InvariantCulture);

    internal static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
