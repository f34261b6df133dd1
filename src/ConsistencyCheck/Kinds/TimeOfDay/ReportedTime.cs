using System.Globalization;
using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Kinds.TimeOfDay;

/// <summary>
/// A clock time as an article gives it ("6:04 pm", "2211 GMT", "around 3 a.m. local time"): the minute of the day, the
/// zone it is written in when the text names one (its offset from UTC in minutes), and whether it is hedged.
/// </summary>
internal sealed class ReportedTime(int minute, string? zone, int? offset, bool approximate) : ClaimValue
{
    /// <summary>Minutes after midnight, 0 to 1439, in the time's own zone.</summary>
    public int Minute { get; } = minute;

    /// <summary>The zone as the text names it ("GMT", "IST", "local"), or null when it names none.</summary>
    public string? Zone { get; } = zone;

    /// <summary>The zone's offset from UTC in minutes, when the rule knows it.</summary>
    public int? Offset { get; } = offset;

    public bool Approximate { get; } = approximate;

    /// <summary>The same moment in UTC as the article gives it beside the time ("6:04 pm India time (1234 GMT)").</summary>
    public int? GivenUtc { get; init; }

    /// <summary>The minute of the day in UTC, when the zone is known or the article gives it.</summary>
    public int? Utc => Offset is { } offset ? ((Minute - offset) % 1440 + 1440) % 1440 : GivenUtc;

    public override bool SameAs(ClaimValue other) =>
        other is ReportedTime t && t.Minute == Minute && t.Zone == Zone && t.Approximate == Approximate && t.GivenUtc == GivenUtc;

    public override IReadOnlyList<NormalizedField> Normalized =>
    [
        new("time", Clock(Minute)),
        new("zone", Zone),
        new("utc", Utc is { } utc ? Clock(utc) : null),
        new("approximate", Approximate),
    ];

    public override string Describe() =>
        (Approximate ? "about " : "") + Clock(Minute) + (Zone is null ? "" : Zone == "local" ? " local time" : " " + Zone)
        + (GivenUtc is { } utc && Offset is null ? $" ({Clock(utc)} GMT)" : "");

    internal static string Clock(int minute) =>
        string.Create(CultureInfo.InvariantCulture, $"{minute / 60:00}:{minute % 60:00}");
}
