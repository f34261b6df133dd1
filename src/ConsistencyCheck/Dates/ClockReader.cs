using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Dates;

/// <summary>A clock time as written: minutes after midnight, the zone named after it, and its last token.</summary>
internal readonly record struct ClockTime(int Minute, string? Zone, int? Offset, int Last);

/// <summary>
/// Reads clock times ("6:04 pm", "6.30 p.m.", "3 AM", "22:00 GMT", "2211 GMT") with the halves of the day and the
/// zones a rule names in its YAML (<c>meridiem</c>, <c>zones</c>, <c>localWords</c>).
/// </summary>
internal sealed class ClockReader
{
    private readonly List<(string Phrase, int Shift)> _meridiem;
    private readonly List<(string Phrase, (string Name, int? Offset) Zone)> _zones;

    private ClockReader(List<(string, int)> meridiem, List<(string, (string, int?))> zones)
    {
        _meridiem = [.. meridiem.OrderByDescending(m => m.Item1.Length)];
        _zones = [.. zones.OrderByDescending(z => z.Item1.Length)];
    }

    /// <summary>The reader a rule's <c>meridiem</c> (required), <c>zones</c> and <c>localWords</c> (optional) describe.</summary>
    public static ClockReader Read(YamlMap map)
    {
        var meridiem = new List<(string, int)>();
        if (map.Map("meridiem", required: true) is { } halves)
        {
            halves.RejectUnknownKeys(["am", "pm"], "'meridiem'");
            meridiem.AddRange((halves.Strings("am", required: true) ?? []).Select(w => (w, 0)));
            meridiem.AddRange((halves.Strings("pm", required: true) ?? []).Select(w => (w, 12 * 60)));
        }
        var zones = new List<(string, (string, int?))>();
        if (map.Map("zones", required: false) is { } zoneMap)
        {
            foreach (var (nameNode, _) in zoneMap.Node.Children)
            {
                var name = nameNode.ToString();
                if (zoneMap.Map(name, required: true) is not { } zone)
                    continue;
                zone.RejectUnknownKeys(["offset", "words"], $"zone '{name}'");
                var offset = zone.Int("offset", -12 * 60, 14 * 60);
                zones.AddRange((zone.Strings("words", required: true) ?? []).Select(w => (w, (name, offset))));
            }
        }
        zones.AddRange((map.Strings("localWords", required: false) ?? []).Select(w => (w, ("local", (int?)null))));
        return new ClockReader(meridiem, zones);
    }

    /// <summary>
    /// A clock time from token <paramref name="k"/>. A bare number is a time only with a half of the day or a zone
    /// after it; "6.04" alone may be a figure.
    /// </summary>
    public ClockTime? At(string text, List<Token> tokens, int k)
    {
        if (tokens[k].Kind != TokenKind.Number)
            return null;
        var digits = text.AsSpan(tokens[k].Start, tokens[k].Length);
        int hour, minute = 0, last = k;
        var colon = false;
        if (digits.Length == 4)
        {
            var value = int.Parse(digits, CultureInfo.InvariantCulture);
            (hour, minute) = (value / 100, value % 100);
        }
        else if (digits.Length <= 2)
        {
            hour = int.Parse(digits, CultureInfo.InvariantCulture);
            if (k + 2 < tokens.Count && tokens[k + 1].Kind == TokenKind.Punctuation && text[tokens[k + 1].Start] is ':' or '.'
                && tokens[k + 1].Start == tokens[k].End && tokens[k + 2].Start == tokens[k + 1].End
                && tokens[k + 2].Kind == TokenKind.Number && tokens[k + 2].Length == 2)
            {
                colon = text[tokens[k + 1].Start] == ':';
                minute = int.Parse(text.AsSpan(tokens[k + 2].Start, 2), CultureInfo.InvariantCulture);
                last = k + 2;
            }
        }
        else
        {
            return null;
        }
        var half = Match(text, tokens, last + 1, _meridiem);
        if (half is { } h)
        {
            if (hour is < 1 or > 12)
                return null;
            hour = hour % 12 + h.Value / 60;
            last = h.Last;
        }
        var zone = Match(text, tokens, last + 1, _zones);
        if (zone is { } z)
            last = z.Last;
        // Without a half of the day or a zone, only "22:00" written with a colon is a time; four digits need a zone
        if ((half is null && zone is null && !colon) || (digits.Length == 4 && zone is null) || hour > 23 || minute > 59)
            return null;
        return new ClockTime(hour * 60 + minute, zone?.Value.Name, zone?.Value.Offset, last);
    }

    /// <summary>The longest of the phrases written from token <paramref name="k"/>, dots and all ("p.m.", "local time").</summary>
    private static (T Value, int Last)? Match<T>(string text, List<Token> tokens, int k, List<(string Phrase, T Value)> phrases)
    {
        if (k >= tokens.Count || tokens[k].Kind != TokenKind.Word)
            return null;
        // Compared in place, piece by piece: this runs at every number of every sentence
        foreach (var (phrase, value) in phrases)
        {
            var at = 0;
            for (var i = k; i < tokens.Count; i++)
            {
                if (i > k && tokens[i].Start > tokens[i - 1].End && (at >= phrase.Length || phrase[at++] != ' '))
                    break;
                var piece = text.AsSpan(tokens[i].Start, tokens[i].Length);
                if (at + piece.Length > phrase.Length || !phrase.AsSpan(at, piece.Length).Equals(piece, StringComparison.OrdinalIgnoreCase))
                    break;
                at += piece.Length;
                if (at == phrase.Length)
                    return (value, i);
            }
        }
        return null;
    }
}
