using System.Collections.Frozen;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Kinds.Quantity;

/// <summary>The moment a running figure was true: a day, and the time of day when the text or the article gives one.</summary>
internal readonly record struct FigureMoment(DateOnly Day, TimeOnly? Time);

/// <summary>
/// The words that give the moment a running figure was true ("as of 6 p.m.", "by Monday evening", "as at noon on
/// Sunday"): a rule's <c>asOf</c> map, with the words, the halves of the day, and the parts of the day as hours.
/// </summary>
internal sealed class AsOf
{
    private readonly Phrases _words;
    private readonly ClockReader _clock;
    private readonly FrozenDictionary<string, int> _dayParts;

    private AsOf(Phrases words, ClockReader clock, FrozenDictionary<string, int> dayParts) =>
        (_words, _clock, _dayParts) = (words, clock, dayParts);

    public static AsOf? Read(YamlMap map)
    {
        if (map.Map("asOf", required: false) is not { } asOf)
            return null;
        asOf.RejectUnknownKeys(["words", "meridiem", "dayParts"], "'asOf'");
        var words = Phrases.FromList(asOf, "words");
        var clock = ClockReader.Read(asOf);
        var dayParts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        if (asOf.Map("dayParts", required: false) is { } parts)
        {
            foreach (var (nameNode, _) in parts.Node.Children)
            {
                if (parts.Int(nameNode.ToString(), 0, 23) is { } hour)
                    dayParts[nameNode.ToString()] = hour;
            }
        }
        return new AsOf(words, clock, dayParts.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The moment the sentence gives for its running figures, or null: a clock time, a day, or a day and its part
    /// after one of the words. A day alone ("as of Sunday") keeps the article's time of publication out of it.
    /// </summary>
    public FigureMoment? In(string text, List<Token> tokens, List<DateMention> dates, DateOnly published)
    {
        for (var k = 0; k < tokens.Count; k++)
        {
            if (_words.LongestAt(text, tokens, k) is not { } phrase)
                continue;
            var next = phrase.Last + 1;
            TimeOnly? time = null;
            DateOnly? day = null;
            if (next < tokens.Count && _clock.At(text, tokens, next) is { } clock)
            {
                time = new TimeOnly(clock.Minute / 60, clock.Minute % 60);
                next = tokens.IsWord(text, clock.Last + 1, "on") ? clock.Last + 2 : clock.Last + 1;
            }
            foreach (var date in dates)
            {
                if (date.FirstToken == next && date.Value.Range.Days == 1)
                {
                    day = date.Value.Range.Start;
                    next = date.LastToken + 1;
                }
            }
            if (time is null && next < tokens.Count && tokens[next].Kind == TokenKind.Word
                && _dayParts.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text.AsSpan(tokens[next].Start, tokens[next].Length), out var hour))
                time = new TimeOnly(hour, 0);
            if (time is not null || day is not null)
                return new FigureMoment(day ?? published, time);
        }
        return null;
    }
}
