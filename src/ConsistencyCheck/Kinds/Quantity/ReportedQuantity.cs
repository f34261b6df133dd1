using System.Globalization;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;
using ConsistencyCheck.Numbers;
using Humanizer;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>
/// A figure as an article reports it: an interval with open or closed ends ("more than €150 billion" is
/// (150bn, ∞)), its currency or counted unit, and whether it is hedged or an addition ("another 14 tanks").
/// </summary>
internal sealed class ReportedQuantity : ClaimValue
{
    /// <summary>The vocabulary the figure is described in: currency names, nouns the same in the plural.</summary>
    private readonly NumberWords _words;

    internal ReportedQuantity(decimal? low, decimal? high, bool lowInclusive, bool highInclusive, string? currency, string? unit,
        bool approximate, bool increment, NumberWords words)
    {
        _words = words;
        if (low is not null && high is not null && high < low)
            throw new ArgumentException($"the high end {high} is below the low end {low}", nameof(high));
        Low = Trim(low);
        High = Trim(high);
        LowInclusive = low is not null && lowInclusive;
        HighInclusive = high is not null && highInclusive;
        Currency = currency;
        Unit = unit;
        Approximate = approximate;
        Increment = increment;
    }

    /// <summary>The low end; null when the figure has no lower bound ("up to 5,000").</summary>
    public decimal? Low { get; }

    /// <summary>The high end; null when the figure has no upper bound ("more than 150 billion").</summary>
    public decimal? High { get; }

    public bool LowInclusive { get; }
    public bool HighInclusive { get; }

    /// <summary>The ISO 4217 code for money, else null.</summary>
    public string? Currency { get; }

    /// <summary>The counted noun, singular ("tank"), or "percent"; null for money.</summary>
    public string? Unit { get; }

    public bool Approximate { get; }
    public bool Increment { get; }

    /// <summary>The country that gives or pays, when the sentence names one ("Germany pledged €1bn", "aid from Japan").</summary>
    public string? Giver { get; internal set; }

    /// <summary>Whose figure it is, when the sentence says ("The Green Party won 34 seats"): two owners' figures are two facts.</summary>
    public string? Owner { get; internal set; }

    /// <summary>Whether the sentence says the figure is a whole ("worldwide", "in total"), which a figure of one place is part of.</summary>
    public bool Whole { get; internal set; }

    /// <summary>The last day by which a planned figure is to be reached, when the sentence gives one ("six satellites by 2028").</summary>
    public DateOnly? Deadline { get; internal set; }

    /// <summary>Whether the figure runs with the story (a toll, a count of missing), and whether it can only rise.</summary>
    public RunningFigure Running { get; internal set; }

    /// <summary>Whether the sentence gives the figure as an update of an earlier one ("rose to", "climbed to").</summary>
    public bool Updated { get; internal set; }

    /// <summary>Whether the sentence gives the figure as a correction of an earlier one ("revised down to"): it may fall.</summary>
    public bool Corrected { get; internal set; }

    /// <summary>The moment the sentence says the figure was true ("as of 6 p.m.", "by Monday evening"), when it says.</summary>
    public FigureMoment? AsOf { get; internal set; }

    /// <summary>
    /// The running figures its article reports (this one among them): an article that gives 31 dead and 240 injured
    /// reports one moment, so its other figures tell which of two reports of a day came first.
    /// </summary>
    internal IReadOnlyList<Claim> Beside { get; set; } = [];

    public override bool IsFigure => true;

    public override bool SameAs(ClaimValue other) =>
        other is ReportedQuantity q && q.Low == Low && q.High == High && q.LowInclusive == LowInclusive && q.HighInclusive == HighInclusive
        && q.Currency == Currency && q.Unit == Unit && q.Approximate == Approximate && q.Increment == Increment && q.Giver == Giver
        && q.Deadline == Deadline && q.Owner == Owner && q.Whole == Whole && q.Running == Running && q.Updated == Updated
        && q.Corrected == Corrected && q.AsOf == AsOf;

    public bool IsExact => Low is not null && Low == High;

    /// <summary>Drops trailing zeros a scale leaves behind (4.5 × 10⁹ is 4500000000, not 4500000000.0), so output is canonical.</summary>
    private static decimal? Trim(decimal? value) => value / 1.000000000000000000000000000000000m;

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("low", Low),
        new("high", High),
        new("lowInclusive", LowInclusive),
        new("highInclusive", HighInclusive),
        new("currency", Currency),
        new("unit", Unit),
        new("approximate", Approximate),
        new("increment", Increment),
        new("giver", Giver),
        new("owner", Owner),
        new("whole", Whole),
        new("deadline", Deadline?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
    ];

    public override string Describe()
    {
        var text = (Low, High) switch
        {
            ({ } low, { } high) when low == high => Amount(low),
            ({ } low, null) => (LowInclusive ? "at least " : "more than ") + Amount(low),
            (null, { } high) => (HighInclusive ? "up to " : "less than ") + Amount(high),
            ({ } low, { } high) => $"{Number(low)} to {Amount(high)}",
            _ => "an unknown amount",
        };
        if (Approximate && IsExact)
            text = "about " + text;
        if (Increment)
            text += " more";
        return Deadline switch
        {
            null => text,
            { Month: 12, Day: 31 } deadline => $"{text} by the end of {deadline.Year.ToString(CultureInfo.InvariantCulture)}",
            { } deadline => $"{text} by {deadline.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}",
        };
    }

    private string Amount(decimal value)
    {
        var number = Number(value);
        if (Currency is not null)
            return $"{number} {_words.CurrencyNames[Currency]}";
        if (Unit is null)
            return number;
        if (Unit == "percent")
            return number + " percent";
        return value == 1 || _words.SameInPlural.Contains(Unit) ? $"{number} {Unit}" : $"{number} {Unit.Pluralize()}";
    }

    /// <summary>Large figures in words the way news writes them: "150 billion", "1.5 million", "14,000".</summary>
    internal static string Number(decimal value)
    {
        (decimal Size, string Name)[] scales = [(1_000_000_000_000m, "trillion"), (1_000_000_000m, "billion"), (1_000_000m, "million")];
        foreach (var (size, name) in scales)
        {
            if (Math.Abs(value) >= size)
                return $"{(value / size).ToString("0.###", CultureInfo.InvariantCulture)} {name}";
        }
        return value.ToString("#,0.###", CultureInfo.InvariantCulture);
    }

    /// <summary>The figure as an interval: hedges widen it by <paramref name="tolerance"/> (0.1 is ±10%).</summary>
    internal static ReportedQuantity Of(QuantityMention figure, decimal tolerance, string? unit, NumberWords words)
    {
        var unitName = figure.Points ? "percentage point" : figure.Percent ? "percent" : unit;
        var (low, high, currency, increment) = (figure.Low, figure.High, figure.Currency, figure.Increment);
        return figure.Bound switch
        {
            Bound.Above => new ReportedQuantity(high, null, false, false, currency, unitName, false, increment, words),
            Bound.AtLeast => new ReportedQuantity(low, null, true, false, currency, unitName, false, increment, words),
            Bound.AtMost => new ReportedQuantity(null, high, false, true, currency, unitName, false, increment, words),
            Bound.Below => new ReportedQuantity(null, low, false, false, currency, unitName, false, increment, words),
            Bound.Nearly => new ReportedQuantity(low * (1 - tolerance), low, true, false, currency, unitName, true, increment, words),
            Bound.JustOver => new ReportedQuantity(high, high * (1 + tolerance), false, true, currency, unitName, true, increment, words),
            Bound.About => new ReportedQuantity(low * (1 - tolerance), high * (1 + tolerance), true, true, currency, unitName, true, increment, words),
            _ => new ReportedQuantity(low, high, true, !figure.HighExclusive, currency, unitName, figure.Vague, increment, words),
        };
    }
}

/// <summary>How a figure moves while a story runs.</summary>
internal enum RunningFigure : byte
{
    /// <summary>It holds for its time, and reports of one time must agree.</summary>
    None,

    /// <summary>It moves either way as the story runs (people missing, people in hospital).</summary>
    Moving,

    /// <summary>It only rises (the dead, the injured): a later report with fewer contradicts an earlier one.</summary>
    Rising,
}
