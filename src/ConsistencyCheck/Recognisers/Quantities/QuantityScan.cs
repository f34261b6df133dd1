using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers.Dates;

namespace ConsistencyCheck.Recognisers.Quantities;

/// <summary>
/// Finds the figures of one sentence: digits with separators and scales ("1,500", "€150bn", "$53 million"),
/// numbers in words ("fourteen", "two dozen", "a million"), vague magnitudes ("tens of thousands"), ranges
/// ("5-6 billion") and the bounds before them ("more than", "at least another"). Model names ("Leopard 2",
/// "F-16"), times, ordinals and the tokens of dates are not figures.
/// </summary>
internal ref struct QuantityScan
{
    private readonly string _text;
    private readonly List<Token> _tokens;
    private readonly ReadOnlySpan<bool> _isDate;
    private readonly NumberWords _words;

    private QuantityScan(string text, List<Token> tokens, ReadOnlySpan<bool> isDate)
    {
        _text = text;
        _tokens = tokens;
        _isDate = isDate;
        _words = NumberWords.Words;
    }

    /// <summary>Appends the figures of the tokens; <paramref name="isDate"/> says for each token whether a date holds it.</summary>
    public static void Find(string text, List<Token> tokens, ReadOnlySpan<bool> isDate, List<QuantityMention> found)
    {
        var scan = new QuantityScan(text, tokens, isDate);
        for (var i = 0; i < tokens.Count;)
        {
            if (!isDate[i] && scan.TryFigure(i, out var mention))
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
        if (_isDate[last] || (currency is null && bound == Bound.Exact && (IsModelNumber(j) || IsLabel(j - 1))))
            return false;

        // A range: "5-6 billion", "between 5 and 6 million", "5 to 6 percent".
        if ((IsDash(last + 1) || IsWordIn(last + 1, "to", "and")) && !vague
            && TryNumber(last + 2, out var second, out _, out _, out var secondVague, out var secondLast) && !secondVague && second > low)
        {
            high = second;
            last = secondLast;
        }

        var scale = ScaleAt(last + 1, out var scaleLast);
        if (scale != 1)
        {
            low *= scale;
            high *= scale;
            last = scaleLast;
        }
        else if (IsDash(last + 1) || IsPunct(last + 1, ':') || (IsWordIn(last + 1, "st", "nd", "rd", "th") && Touches(last + 1)))
        {
            return false; // a phone-like id, a time or an ordinal
        }

        var percent = false;
        if (currency is null)
        {
            var k = IsWord(last + 1, "of") ? last + 2 : last + 1;
            if (CurrencyWordAt(k) is { } code)
            {
                currency = code;
                last = k;
            }
            else if (PercentAt(last + 1, out var percentLast))
            {
                percent = true;
                last = percentLast;
            }
        }
        if (IsWordIn(last + 1, "more", "additional", "extra") && !IsWord(last + 2, "than"))
        {
            increment = true;
            last++;
        }
        if (currency is null && !percent && scale == 1 && !vague && !CountsSomething(last + 1, low))
            return false;

        var first = i;
        var span = TextSpan.FromBounds(_tokens[first].Start, _tokens[last].End);
        var spelled = _tokens[j].Kind == TokenKind.Word;
        mention = new QuantityMention(span, first, last, bound, low, high, highExclusive, currency, percent, increment, vague, spelled);
        return true;
    }

    /// <summary>A bare number counts something when a word follows it: "14 tanks", "2008 votes"; not "in 2008," nor "page 5".</summary>
    private readonly bool CountsSomething(int next, decimal value)
    {
        if (next >= _tokens.Count || _tokens[next].Kind != TokenKind.Word)
            return false;
        var word = Span(next);
        if (_words.Stops.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word)
            || _words.Durations.GetAlternateLookup<ReadOnlySpan<char>>().Contains(word))
            return false;
        return !(value is >= 1800 and <= 2199 && value == decimal.Truncate(value) && char.IsUpper(word[0]));
    }

    private readonly bool IsLabel(int i) =>
        i >= 0 && _tokens[i].Kind == TokenKind.Word && _words.Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(i))
        || (i >= 0 && IsPunct(i, '#'))
        || (i >= 1 && IsPunct(i, '.') && _tokens[i - 1].Kind == TokenKind.Word && _words.Labels.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(i - 1)));

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
            && !_words.CurrencySymbols.ContainsKey(Span(before).ToString());
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
        if (_words.VagueMultiples.TryGetValue(Span(i).ToString(), out var multiple) && IsWord(i + 1, "of"))
        {
            vague = true;
            highExclusive = true;
            var scale = ScaleWordAt(i + 2, plural: true);
            if (scale > 1)
            {
                (low, high, last) = (multiple * scale, multiple * scale * 10, i + 2);
                if (IsWord(i + 3, "of") && CurrencyWordAt(i + 4) is not null)
                    last = i + 2;
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
        foreach (var (phrase, range) in _words.VagueAmounts)
        {
            var words = phrase.Split(' ');
            var k = 0;
            while (k < words.Length && IsWord(i + k, words[k]))
                k++;
            if (k == words.Length && (IsWord(i + k, "of") || (i + k < _tokens.Count && _tokens[i + k].Kind == TokenKind.Word)))
            {
                (low, high, last, vague) = (range.Low, range.High ?? decimal.MaxValue, i + k - 1, true);
                if (range.High is null)
                    return false; // "many" bounds nothing
                return true;
            }
        }
        // "fourteen", "thirty-one", "two dozen", "a million", "one hundred"
        if (!CalendarWords.Numbers.TryGetValue(Span(i), out var count))
            return false;
        last = i;
        if (IsDash(i + 1) && Touches(i + 1) && i + 2 < _tokens.Count && Touches(i + 2)
            && CalendarWords.Numbers.TryGetValue(string.Concat(Span(i), "-", Span(i + 2)), out var compound))
        {
            count = compound;
            last = i + 2;
        }
        var article = IsWordIn(i, "a", "an");
        if (_words.Dozens.TryGetValue(WordAt(last + 1), out var dozen))
        {
            count *= (int)dozen;
            last++;
        }
        else if (IsWord(last + 1, "hundred"))
        {
            count *= 100;
            last++;
        }
        else if (article && ScaleWordAt(last + 1, plural: false) <= 1)
        {
            return false; // "a" alone is no figure
        }
        low = high = count;
        return true;
    }

    /// <summary>"14", "1,500", "1.5", "2,000.25": thousands separators only in groups of three.</summary>
    private readonly bool TryDigits(int i, out decimal value, out int last)
    {
        last = i;
        var digits = new System.Text.StringBuilder(Span(i).Length + 8).Append(Span(i));
        while (IsPunct(last + 1, ',') && Touches(last + 1) && Touches(last + 2) && last + 2 < _tokens.Count
            && _tokens[last + 2].Kind == TokenKind.Number && _tokens[last + 2].Length == 3)
        {
            digits.Append(Span(last + 2));
            last += 2;
        }
        if (IsPunct(last + 1, '.') && Touches(last + 1) && Touches(last + 2) && last + 2 < _tokens.Count && _tokens[last + 2].Kind == TokenKind.Number)
        {
            digits.Append('.').Append(Span(last + 2));
            last += 2;
        }
        return decimal.TryParse(digits.ToString(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A scale after the digits: a touching suffix ("150bn") or a word ("150 billion"); 1 when none.</summary>
    private readonly decimal ScaleAt(int i, out int last)
    {
        last = i;
        if (i >= _tokens.Count || _tokens[i].Kind != TokenKind.Word)
            return 1;
        if (Touches(i) && _words.ScaleSuffixes.TryGetValue(Span(i).ToString(), out var suffix))
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
        return _words.ScaleWords.TryGetValue(word.ToString(), out var scale) && scale >= 1000 ? scale : 0;
    }

    private readonly string? CurrencyBefore(int i, out int next)
    {
        next = i;
        if (i >= _tokens.Count)
            return null;
        // "US$53m": a code glued to a symbol
        if (i + 1 < _tokens.Count && Touches(i + 1) && _words.CurrencySymbols.TryGetValue(Span(i).ToString() + Span(i + 1).ToString(), out var glued))
        {
            next = i + 2;
            return glued;
        }
        if (_words.CurrencySymbols.TryGetValue(Span(i).ToString(), out var code)
            && (_tokens[i].Kind == TokenKind.Punctuation || (i + 1 < _tokens.Count && _tokens[i + 1].Kind == TokenKind.Number)))
        {
            next = i + 1;
            return code;
        }
        return null;
    }

    private readonly string? CurrencyWordAt(int i) =>
        i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && _words.CurrencyWords.TryGetValue(Span(i).ToString(), out var code) ? code : null;

    private readonly bool PercentAt(int i, out int last)
    {
        foreach (var phrase in _words.Percent)
        {
            var k = 0;
            while (k < phrase.Length && i + k < _tokens.Count && Span(i + k).Equals(phrase[k], StringComparison.OrdinalIgnoreCase))
                k++;
            if (k == phrase.Length)
            {
                last = i + k - 1;
                return true;
            }
        }
        last = i;
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

    private readonly string WordAt(int i) => i < _tokens.Count && _tokens[i].Kind == TokenKind.Word ? Span(i).ToString() : "";

    private readonly bool IsWord(int i, string word) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && Span(i).Equals(word, StringComparison.OrdinalIgnoreCase);

    private readonly bool IsWordIn(int i, params ReadOnlySpan<string> words)
    {
        foreach (var word in words)
        {
            if (IsWord(i, word))
                return true;
        }
        return false;
    }

    private readonly bool IsIn(int i, System.Collections.Frozen.FrozenSet<string> words) =>
        i < _tokens.Count && _tokens[i].Kind == TokenKind.Word && words.GetAlternateLookup<ReadOnlySpan<char>>().Contains(Span(i));

    private readonly bool IsPunct(int i, char c) =>
        i >= 0 && i < _tokens.Count && _tokens[i].Kind == TokenKind.Punctuation && _text[_tokens[i].Start] == c;

    private readonly bool IsDash(int i) => IsPunct(i, '-') || IsPunct(i, '\u2013');

    private readonly bool Touches(int i) => i > 0 && i < _tokens.Count && _tokens[i].Start == _tokens[i - 1].End;
}
