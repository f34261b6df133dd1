using System.Globalization;
using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Kinds.Measure;

/// <summary>One reading of a measure: the figure as written in its unit, and the interval it stands for in the family's base unit.</summary>
internal readonly record struct Reading(string Written, Unit Unit, decimal Low, decimal High);

/// <summary>
/// A measure as an article reports it: the figure in its unit ("18.5 km"), with its conversion when the article gives
/// one in parentheses ("(11.5 miles)"), as an interval in the family's base unit. The interval is as wide as the
/// figure's precision ("72 km" is 71.5 to 72.5 km), or the family's step, and a hedge's tolerance.
/// </summary>
internal sealed class ReportedMeasure(Reading reading, Reading? converted, decimal low, decimal high, string? body) : ClaimValue
{
    public Reading Reading { get; } = reading;

    /// <summary>The same figure converted into another unit, as the article writes it beside the first.</summary>
    public Reading? Converted { get; } = converted;

    public string Family => Reading.Unit.Family;

    /// <summary>The interval both readings allow, in the family's base unit.</summary>
    public decimal Low { get; } = low;

    public decimal High { get; } = high;

    /// <summary>Who measured, when the sentence says ("according to the national institute"), folded; null when it does not.</summary>
    public string? Body { get; } = body;

    /// <summary>For a distance, the place it is measured from: its gazetteer id, or its name folded when the gazetteer lacks it.</summary>
    public string? Reference { get; init; }

    public override bool IsFigure => true;

    public override bool SameAs(ClaimValue other) =>
        other is ReportedMeasure m && m.Reading == Reading && m.Converted == Converted && m.Body == Body && m.Reference == Reference;

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("family", Family),
        new("unit", Reading.Unit.Name),
        new("low", Trim(Low)),
        new("high", Trim(High)),
        new("converted", Converted?.Written),
        new("body", Body),
    ];

    public override string Describe() => Converted is { } c ? $"{Reading.Written} ({c.Written})" : Reading.Written;

    /// <summary>Drops the trailing zeros arithmetic leaves, so output is canonical.</summary>
    internal static decimal Trim(decimal value) => Math.Round(value, 6) / 1.000000000000000000000000000000000m;

    internal static string Figure(decimal value) => Trim(value).ToString("#,0.######", CultureInfo.InvariantCulture);
}
