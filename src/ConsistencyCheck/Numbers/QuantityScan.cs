using System.Collections.Frozen;
using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;

namespace ConsistencyCheck.Numbers;

/// <summary>
/// Finds the figures of one sentence: digits with separators and scales ("1,500", "€150bn", "$53 million"),
/// numbers in words ("fourteen", "two dozen", "a million"), vague magnitudes ("tens of thousands"), ranges
/// ("5-6 billion") and the bounds before them ("more than", "at least another"). Model names ("Leopard 2",
/// "F-16"), times, ordinals and the tokens of dates are not figures.
/// </summary>
internal ref struct QuantityScan
{
    /// <summary>The longest number word ("seventy-seven"): a longer compound cannot be one, and a shorter one fits on the stack.</summary>
    private static readonly int LongestNumberWord = CalendarWords.Numbers.Dictionary.Keys.Max(k => k.Length);

    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly ReadOnlySpan<bool> _isDate;
    private readonly FigureWords _words;

    /// <summary>Whether a number stands as a figure by itself, counting nothing: a measure's number before its unit.</summary>
    private readonly bool _bare;

    private QuantityScan(string text, List<Token> tokens, ReadOnlySpan<bool> isDate, FigureWords words, bool bare = false)
    {
        _words = words;
        _bare = bare;
        _text = text;
        _tokens = tokens;
        _isDate = isDate;
    }

    /// <summary>Appends the figures of the tokens; <paramref name="isDate"/> says for each token whether a date holds it.</summary>
    public static void Find(string text, List<Token> tokens, ReadOnlySpan<bool> isDate, FigureWords words, List<QuantityMention> found) =>
        Find(new QuantityScan(text, tokens, isDate, words), found);

    /// <summary>
    /// Appends every number of the tokens with its bounds and hedges, whether or not it counts something: the numbers
    /// of measures ("5.9", "18.5 km", "a 226-foot minaret"), which the unit after or before them makes a figure.
    /// </summary>
    public static void FindBare(string text, List<Token> tokens, ReadOnlySpan<bool> isDate, FigureWords words, List<QuantityMention> found) =>
        Find(new QuantityScan(text, tokens, isDate, words, bare: true), found);

    private static void Find(QuantityScan scan, List<QuantityMention> found)
    {
        var tokens = scan._tokens;
        var isDate = scan._isDate;
        for (var i = 0; i < tokens.Count;)
        {
            if (scan.ScientificAt(i) is { } exponent)
            {
                i = exponent + 1; // "1e309", "7.9e28": refused, never read as 309 or 28
                continue;
            }
            if (!isDate[i] && scan.TryFigureInRange(i, out var mention))
            {
                found.Add(mention);
                i = mention.LastToken + 1;
            }
            else
            {
                i++;
            }
        }
    }

    /// <summary>A figure whose value overflows the decimal range ("1e30 billion") is refused, never misread.</summary>
    private readonly bool TryFigureInRange(int i, out QuantityMention mention)
    {
        try
        {
            return TryFigure(i, out mention);
        }
        catch (OverflowException)
        {
            mention = default;
            return false;
        }
    }

    private readonly bool TryFigure(int i, out QuantityMention mention)
    {
        mention = default;
        var j = i;
        var bound = BoundAt(j, out var boundWords);
        j += boundWords;
        var increment = IsIn(j, _words.Increments) && !IsWord(j, "more");
        if (increment)
            j++;
        var currency = CurrencyBefore(j, out var afterCurrency);
        j = afterCurrency;

        if (!TryNumber(j, out var low, out var high, out var highExclusive, out var vague, out var last))
            return false;
        if (_isDate[last] || ContinuesNumber(j) || ScientificAt(j) is not null || (currency is null && (IsMonth(last + 1) || IsMonth(j - 1)))
            || (currency is null && bound == Bound.Exact && (IsModelNumber(j) || (IsLabel(j - 1) && last == j))))
            return false;

        // A range: "5-6 billion", "$5bn-$6bn", "between 5 and 6 million", "6 or 7 boats"; a scale written once holds for both ends.
        var first = i;
        var scale = ScaleAt(last + 1, out var scaleLast);
        var between = IsWord(i - 1, "between");
        if (!vague && TryRangeEnd(scale != 1 ? scaleLast + 1 : last + 1, currency, between, IsWord(i - 1, "by", "from"),
                out var second, out var secondScale, out var secondLast)
            && second * (secondScale != 1 ? secondScale : scale) > low * (scale != 1 ? scale : secondScale))
        {
            scale = scale != 1 ? scale : secondScale;
            (low, high, last) = (low * scale, second * (secondScale != 1 ? secondScale : scale), secondLast);
            first = between ? i - 1 : i;
        }
        else if (scale != 1)
        {
            (low, high, last) = (low * scale, high * scale, scaleLast);
        }
        if (scale == 1 && ((IsDash(last + 1) && !(_bare && last + 2 < _tokens.Count && _tokens[last + 2].Kind == TokenKind.Word)) || IsPunct(last + 1, ':') || (IsWord(last + 1, "st", "nd", "rd", "th") && Touches(last + 1))
            || PhraseIn(last + 1, _words.Clock, out _)))
        {
            return false; // a phone-like id, a score, a time or an ordinal
        }

        var percent = false;
        var points = false;
        if (currency is null)
        {
            var k = IsWord(last + 1, "of") ? last + 2 : last + 1;
            if (CurrencyWordAt(k, out var currencyLast) is { } code)
            {
                currency = code;
                last = currencyLast;
            }
            else if (PhraseIn(last + 1, _words.Points, out var pointsLast))
            {
                (percent, points, last) = (true, true, pointsLast);
            }
            else if (PhraseIn(last + 1, _words.Percent, out var percentLast))
            {
                (percent, last) = (true, percentLast);
            }
        }
        // "another 14 tanks", "3 more ships", and "30 more than last time": a difference, not a total; the word
        // says that something is counted even when its noun is left out.
        var more = IsWord(last + 1, "more", "additional", "extra");
        if (more)
        {
            increment = true;
            last++;
        }
        if (currency is null && !percent)
        {
            var counts = more ? !MeasuresTimeOrSize(last + 1) : CountsSomething(j, last + 1);
            if (scale == 1 && !vague && !counts && !_bare)
                return false;
            if (vague && MeasuresTimeOrSize(IsWord(last + 1, "of") ? last + 2 : last + 1))
                return false; // "a few days", "hundreds of years"
        }

        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
        var spelled = _tokens[j].Kind == TokenKind.Word;
        mention = new QuantityMention(span, first, last, bound, low, high, highExclusive, currency, percent, points, increment, vague, spelled);
        return true;
    }

    /// <summary>
    /// The far end of a range after a dash, "to" or "or", or after "and" when "between" came first. The end may repeat
    /// the currency ("$5bn-$6bn", "$2 million to $3 million"), but not after "by" or "from": "rose by $3bn to $15bn"
    /// and "from $3bn to $15bn" are a change, not a range.
    /// </summary>
    private readonly bool TryRangeEnd(int i, string? currency, bool between, bool change, out decimal value, out decimal scale, out int last)
    {
        value = 0;
        scale = 1;
        last = i;
        if (!(IsDash(i) || IsWord(i, "to", "or") || (between && IsWord(i, "and"))))
            return false;
        var repeated = CurrencyBefore(i + 1, out var k);
        if ((repeated is not null && (repeated != currency || (change && !IsDash(i))))
            || !TryNumber(k, out value, out _, out _, out var vague, out last) || vague)
            return false;
        scale = ScaleAt(last + 1, out var scaleLast);
        if (scale != 1)
            last = scaleLast;
        return true;
    }

    /// <summary>
    /// A bare number counts something when a word follows it: "14 tanks", "2008 votes", "31 were injured"; not "in
    /// 2008," nor "page 5", nor a duration or a measurement ("14 hours", "5 kilometres"), nor a year before a noun
    /// ("the 2019 season").
    /// </summary>
    private readonly bool CountsSomething(int number, int next)
    {
        if (next >= _tokens.Count || _tokens[next].Kind != TokenKind.Word)
            return false;
        if (IsIn(next, _words.Elided))
            return true;
        var word = Span(next);
        if (_words.Stops.Contains(word) || MeasuresTimeOrSize(next))
            return false;
        var yearLike = _tokens[number].Kind == TokenKind.Number && _tokens[number].Length == 4 && next == number + 1
            && int.Parse(Span(number), CultureInfo.InvariantCulture) is >= 1800 and <= 2199;
        if (yearLike && IsIn(number - 1, _words.YearPrepositions))
            return false; // "in 2019 thousands fled": the year
        if (char.IsUpper(word[0]) && IsAddress(next))
            return false;
        return !(yearLike && (char.IsUpper(word[0]) || IsIn(number - 1, _words.Determiners) || IsPossessive(number - 1)));
    }

    /// <summary>Whether a capitalised name from token <paramref name="i"/> ends in a street word ("Baker Street").</summary>
    private readonly bool IsAddress(int i)
    {
        for (var k = i; k < _tokens.Count && k < i + 4 && _tokens[k].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[k].Start]); k++)
        {
            if (k > i && IsIn(k, _words.AddressWords))
                return true;
        }
        return false;
    }

    private readonly bool MeasuresTimeOrSize(int i) => IsIn(i, _words.Durations) || IsIn(i, _words.Measures);

    /// <summary>The "s" of "the club's".</summary>
    private readonly bool IsPossessive(int i) =>
        IsWord(i, "s") && Touches(i) && (IsPunct(i - 1, '\'') || IsPunct(i - 1, '\u2019'));

    /// <summary>"000" of "45,000" after "number", "32" of "1:32", "900" of "A350-900": digits glued by a mark to digits before them are no figure of their own.</summary>
    /// <summary>"31 December", "December 31": a day of a month the date scan did not take (its year is out of range) is no count.</summary>
    private readonly bool IsMonth(int i) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && Dates.CalendarWords.Months.ContainsKey(Span(i));

    /// <summary>The last token of a number in scientific notation that starts at <paramref name="i"/> ("1e309", "7.9E+28"), or null.</summary>
    private readonly int? ScientificAt(int i)
    {
        if (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Number || (i > 0 && Touches(i) && _tokens[i - 1].Kind != TokenKind.Punctuation))
            return null;
        var k = i;
        if (IsPunct(k + 1, '.') && Touches(k + 1) && Touches(k + 2) && k + 2 < _tokens.Count && _tokens[k + 2].Kind == TokenKind.Number)
            k += 2;
        if (k + 1 >= _tokens.Count || !Touches(k + 1) || _tokens[k + 1].Kind != TokenKind.Word || !Span(k + 1).Equals("e", StringComparison.OrdinalIgnoreCase))
            return null;
        k++;
        if ((IsPunct(k + 1, '+') || IsPunct(k + 1, '-')) && Touches(k + 1))
            k++;
        return k + 1 < _tokens.Count && Touches(k + 1) && _tokens[k + 1].Kind == TokenKind.Number ? k + 1 : null;
    }

    private readonly bool ContinuesNumber(int i) =>
        i >= 2 && _tokens[i].Kind == TokenKind.Number && Touches(i) && Touches(i - 1)
        && _tokens[i - 1].Kind == TokenKind.Punctuation && _tokens[i - 2].Kind == TokenKind.Number;

    private readonly bool IsLabel(int i) =>
        i >= 0 && _tokens[i].Kind == TokenKind.Word && _words.Labels.Contains(Span(i))
        || (i >= 0 && IsPunct(i, '#'))
        || (i >= 1 && IsPunct(i, '.') && _tokens[i - 1].Kind == TokenKind.Word && _words.Labels.Contains(Span(i - 1)));

    /// <summary>"Leopard 2", "F-16", "S-400", "Boeing 737": a number that is part of a name.</summary>
    private readonly bool IsModelNumber(int i)
    {
        if (_tokens[i].Kind != TokenKind.Number || i == 0)
            return false;
        if (IsDash(i - 1) && Touches(i) && Touches(i - 1) && i >= 2 && _tokens[i - 2].Kind == TokenKind.Word)
            return true;
        var before = i - 1;
        return _tokens[before].Kind == TokenKind.Word && char.IsUpper(_text[_tokens[before].Start])
            && before > 0 && !CalendarWords.Months.ContainsKey(Span(before))
            && !_words.CurrencySymbols.ContainsKey(Span(before));
    }

    private readonly bool TryNumber(int i, out decimal low, out decimal high, out bool highExclusive, out bool vague, out int last)
    {
        low = high = 0;
        highExclusive = vague = false;
        last = i;
        if (i >= _tokens.Count || _isDate[i])
            return false;
        if (_tokens[i].Kind == TokenKind.Number)
        {
            if (!TryDigits(i, out low, out last))
                return false;
            high = low;
            return true;
        }
        if (_tokens[i].Kind != TokenKind.Word)
            return false;

        // "tens of thousands", "hundreds of millions", "dozens of"
        if (_words.VagueMultiples.TryGetValue(Span(i), out var multiple) && IsWord(i + 1, "of"))
        {
            vague = true;
            highExclusive = true;
            var scale = ScaleWordAt(i + 2, plural: true);
            if (scale > 1)
            {
                (low, high, last) = (multiple * scale, multiple * scale * 10, i + 2);
                return true;
            }
            (low, high, last) = multiple == 12 ? (24m, 144m, i) : (multiple, multiple * 10, i);
            return true;
        }
        // "thousands of", "millions of"
        var plainScale = ScaleWordAt(i, plural: true);
        if (plainScale > 1 && Span(i).EndsWith("s", StringComparison.OrdinalIgnoreCase) && IsWord(i + 1, "of"))
        {
            (low, high, last, vague, highExclusive) = (plainScale, plainScale * 10, i, true, true);
            return true;
        }
        // "a handful of", "several", "a few"
        foreach (var (words, rangeLow, rangeHigh) in _words.VagueAmounts)
        {
            var k = 0;
            while (k < words.Length && IsWord(i + k, words[k]))
                k++;
            if (k == words.Length && (IsWord(i + k, "of") || (i + k < _tokens.Count && _tokens[i + k].Kind == TokenKind.Word)))
            {
                (low, high, last, vague) = (rangeLow, rangeHigh ?? decimal.MaxValue, i + k - 1, true);
                if (rangeHigh is null)
                    return false; // "many" bounds nothing
                return true;
            }
        }
        // "half a dozen", "half a million", "a quarter million": the scale after it is read as after any number
        var fractionAt = IsWord(i, "a", "an") ? i + 1 : i;
        if (_words.Fractions.TryGetValue(WordAt(fractionAt), out var fraction))
        {
            var whole = IsWord(fractionAt + 1, "a", "an") ? fractionAt + 2 : fractionAt + 1;
            if (_words.Dozens.TryGetValue(WordAt(whole), out var size))
            {
                (low, high, last) = (fraction * size, fraction * size, whole);
                return true;
            }
            (low, high, last) = (fraction, fraction, whole - 1);
            return ScaleWordAt(whole, plural: false) > 1;
        }
        // "fourteen", "thirty-one", "forty two", "two dozen", "a million", "one hundred"
        if (!CalendarWords.Numbers.TryGetValue(Span(i), out var count))
            return false;
        last = i;
        if (IsDash(i + 1) && Touches(i + 1) && i + 2 < _tokens.Count && Touches(i + 2)
            && TryCompound(Span(i), Span(i + 2), out var compound))
        {
            count = compound;
            last = i + 2;
        }
        else if (count is >= 20 and <= 90 && count % 10 == 0 && !IsWord(i + 1, "a", "an") && i + 1 < _tokens.Count
            && _tokens[i + 1].Kind == TokenKind.Word && CalendarWords.Numbers.TryGetValue(Span(i + 1), out var ones) && ones < 10)
        {
            count += ones;
            last = i + 1;
        }
        decimal number = count;
        if (IsWord(last + 1, "and") && IsWord(last + 2, "a", "an") && _words.Fractions.TryGetValue(WordAt(last + 3), out var part))
        {
            number += part; // "two and a half million"
            last += 3;
        }
        var article = IsWord(i, "a", "an");
        if (_words.Dozens.TryGetValue(WordAt(last + 1), out var dozen))
        {
            number *= dozen;
            last++;
        }
        else if (IsWord(last + 1, "hundred"))
        {
            number *= 100;
            last++;
        }
        else if (article && ScaleWordAt(last + 1, plural: false) <= 1)
        {
            return false; // "a" alone is no figure
        }
        low = high = number;
        return true;
    }

    /// <summary>"14", "1,500", "1.5", "2,000.25": thousands separators only in groups of three.</summary>
    private readonly bool TryDigits(int i, out decimal value, out int last)
    {
        last = i;
        while (IsPunct(last + 1, ',') && Touches(last + 1) && Touches(last + 2) && last + 2 < _tokens.Count
            && _tokens[last + 2].Kind == TokenKind.Number && _tokens[last + 2].Length == 3)
        {
            last += 2;
        }
        if (IsPunct(last + 1, '.') && Touches(last + 1) && Touches(last + 2) && last + 2 < _tokens.Count && _tokens[last + 2].Kind == TokenKind.Number)
            last += 2;

        // The tokens touch, so the figure is one run of the text; its commas are the groups checked above.
        var figure = _text.AsSpan(_tokens[i].Start, _tokens[last].End - _tokens[i].Start);
        return decimal.TryParse(figure, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A scale after the digits: a suffix ("150bn", "€3 mln") or a word ("150 billion", "$1.5-billion"); 1 when none.</summary>
    private readonly decimal ScaleAt(int i, out int last)
    {
        last = i;
        if (IsDash(i) && Touches(i) && Touches(i + 1) && ScaleWordAt(i + 1, plural: false) is > 1 and var hyphenated)
        {
            last = i + 1;
            return hyphenated;
        }
        if (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word)
            return 1;
        if ((Touches(i) || _tokens[i].Length > 1) && _words.ScaleSuffixes.TryGetValue(Span(i), out var suffix))
            return suffix;
        var scale = ScaleWordAt(i, plural: false);
        return scale > 1 ? scale : 1;
    }

    private readonly decimal ScaleWordAt(int i, bool plural)
    {
        if (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word)
            return 0;
        var word = Span(i);
        if (plural && word.Length > 1 && word.EndsWith("s", StringComparison.OrdinalIgnoreCase))
            word = word[..^1];
        return _words.ScaleWords.TryGetValue(word, out var scale) && scale >= 1000 ? scale : 0;
    }

    private readonly string? CurrencyBefore(int i, out int next)
    {
        next = i;
        if (i >= _tokens.Count)
            return null;
        // "US$53m": a code glued to a symbol, so the two tokens are one run of the text
        if (i + 1 < _tokens.Count && Touches(i + 1)
            && _words.CurrencySymbols.TryGetValue(_text.AsSpan(_tokens[i].Start, _tokens[i].Length + _tokens[i + 1].Length), out var glued))
        {
            next = i + 2;
            return glued;
        }
        if (_words.CurrencySymbols.TryGetValue(Span(i), out var code)
            && (_tokens[i].Kind == TokenKind.Punctuation || (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Number)))
        {
            next = i + 1;
            return code;
        }
        return null;
    }

    private readonly string? CurrencyWordAt(int i, out int last)
    {
        foreach (var (phrase, code) in _words.CurrencyWords)
        {
            if (PhraseAt(i, phrase, out last))
                return code;
        }
        last = i;
        return null;
    }

    private readonly bool PhraseIn(int i, string[] phrases, out int last)
    {
        foreach (var phrase in phrases)
        {
            if (PhraseAt(i, phrase, out last))
                return true;
        }
        last = i;
        return false;
    }

    /// <summary>Whether the tokens from <paramref name="i"/> spell <paramref name="phrase"/>, spaces where the phrase has them: "per cent", "p.m.", "Swiss francs".</summary>
    private readonly bool PhraseAt(int i, string phrase, out int last)
    {
        last = i;
        var at = 0;
        for (var k = i; k < _tokens.Count; k++)
        {
            if (k > i)
            {
                var spaced = phrase[at] == ' ';
                if (spaced == Touches(k))
                    return false;
                if (spaced)
                    at++;
            }
            var token = Span(k);
            if (at + token.Length > phrase.Length || !phrase.AsSpan(at, token.Length).Equals(token, StringComparison.OrdinalIgnoreCase))
                return false;
            at += token.Length;
            if (at == phrase.Length)
            {
                last = k;
                return true;
            }
        }
        return false;
    }

    private readonly Bound BoundAt(int i, out int words)
    {
        foreach (var phrase in _words.Bounds)
        {
            var k = 0;
            while (k < phrase.Words.Length && IsWord(i + k, phrase.Words[k]))
                k++;
            if (k == phrase.Words.Length)
            {
                words = k;
                return phrase.Bound;
            }
        }
        words = 0;
        return Bound.Exact;
    }

    private readonly ReadOnlySpan<char> Span(int i) => _text.AsSpan(_tokens[i].Start, _tokens[i].Length);

    private readonly ReadOnlySpan<char> WordAt(int i) => i < _tokens.Count && _tokens[i].Kind == TokenKind.Word ? Span(i) : [];

    private readonly bool IsWord(int i, params ReadOnlySpan<string> words) => _tokens.IsWord(_text, i, words);

    private readonly bool IsIn(int i, FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> words) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && words.Contains(Span(i));

    private readonly bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    private readonly bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013');

    private readonly bool Touches(int i) => i > 0 && i < _tokens.Count && _tokens[i].Start == _tokens[i - 1].End;

    /// <summary>"thirty-one", also when written with an en dash: the number words know the hyphen only.</summary>
    private static bool TryCompound(ReadOnlySpan<char> tens, ReadOnlySpan<char> ones, out int value)
    {
        value = 0;
        var length = tens.Length + 1 + ones.Length;
        if (length > LongestNumberWord)
            return false;
        Span<char> compound = stackalloc char[length];
        tens.CopyTo(compound);
        compound[tens.Length] = '-';
        ones.CopyTo(compound[(tens.Length + 1)..]);
        return CalendarWords.Numbers.TryGetValue(compound, out value);
    }
}
