using System.Globalization;
using System.Text.RegularExpressions;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;
using Xunit;

namespace ConsistencyCheck.Tests.Dates;

/// <summary>
/// Runs every table row of Dates.md, beside it, through the date recogniser. Each row is its own test case, named by
/// file and line ("Dates.md:42"), so a failure points straight at the row.
/// </summary>
public sealed partial class DateSpecTests
{
    private const string SpecName = "Dates.md";

    private static readonly Lazy<IReadOnlyDictionary<int, string[]>> Rows = new(() => SpecTable.Rows(SpecName, "sentence"));

    public static TheoryData<string> Cases() => SpecTable.Cases(SpecName, Rows.Value.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_recogniser_finds_what_the_row_expects(string row)
    {
        var cells = Rows.Value[SpecTable.LineOf(row)];
        Assert.InRange(cells.Length, 3, 4);
        var sentence = cells[0];
        var reference = Reference(cells[1]);
        var expected = Expected(cells[2]);

        var found = DateRecogniser.Recognise(sentence, reference, LanguagePack.Bundled);
        var actual = found.Select(m => new Mention(m.Value.Range, m.Value.Grain, m.Value.Approximate, m.Conflict is not null)).ToList();
        Assert.Equal(Render(sentence, reference, expected), Render(sentence, reference, actual));

        if (cells.Length == 4 && cells[3].Length > 0)
        {
            var matched = found.Select(m => sentence.Substring(m.Span.Start, m.Span.Length));
            Assert.Equal(cells[3], string.Join(" ; ", matched));
        }
    }

    [Fact]
    public void The_spec_has_enough_rows_and_negatives()
    {
        var rows = Rows.Value.Values.ToList();
        Assert.True(rows.Count >= 260, $"{SpecName} has {rows.Count} rows");
        var negatives = rows.Count(cells => cells.Length > 2 && cells[2] == "none");
        Assert.True(negatives >= 35, $"{SpecName} has {negatives} rows expecting no date");
    }

    private sealed record Mention(DateRange Range, DateGrain Grain, bool Approximate, bool Conflict)
    {
        public override string ToString() =>
            $"{Range.Start:yyyy-MM-dd}{(Range.Days > 1 ? $"..{Range.End:yyyy-MM-dd}" : "")} {Grain.Name()}{(Approximate ? " ~" : "")}{(Conflict ? " !" : "")}";
    }

    private static string Render(string sentence, DateOnly reference, IReadOnlyList<Mention> mentions) =>
        $"{(mentions.Count == 0 ? "none" : string.Join(" ; ", mentions))} ← {sentence} @ {reference:yyyy-MM-dd}";

    /// <summary>"2023-07-14 Fri": the article's date, and its weekday as a check on the row itself.</summary>
    private static DateOnly Reference(string cell)
    {
        var parts = cell.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var day = DateOnly.ParseExact(parts[0], "yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (parts.Length > 1)
            Assert.Equal(parts[1], day.ToString("ddd", CultureInfo.InvariantCulture));
        return day;
    }

    [GeneratedRegex(@"^(?<start>\d{4}-\d\d-\d\d)(\.\.(?<end>\d{4}-\d\d-\d\d))? (?<grain>[a-z-]+)(?<approximate> ~)?(?<conflict> !)?$")]
    private static partial Regex Entry();

    private static List<Mention> Expected(string cell)
    {
        if (cell == "none")
            return [];
        var mentions = new List<Mention>();
        foreach (var entry in cell.Split(" ; "))
        {
            var match = Entry().Match(entry);
            Assert.True(match.Success, $"not an expected date: '{entry}'");
            var start = DateOnly.ParseExact(match.Groups["start"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var end = match.Groups["end"].Success ? DateOnly.ParseExact(match.Groups["end"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture) : start;
            var grain = DateGrainNames.Parse(match.Groups["grain"].Value);
            Assert.True(grain.HasValue, $"not a grain: '{match.Groups["grain"].Value}'");
            mentions.Add(new Mention(new DateRange(start, end), grain.Value, match.Groups["approximate"].Success, match.Groups["conflict"].Success));
        }
        return mentions;
    }
}
