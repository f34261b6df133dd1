using System.Globalization;
using ConsistencyCheck.Geography;
using Xunit;

namespace ConsistencyCheck.Tests.Geography;

/// <summary>
/// Runs every table row of Specs/Places.md against the embedded gazetteer. Each row is its own test case, named by file
/// and line ("Places.md:42"), so a failure points straight at the row.
/// </summary>
public sealed class GazetteerSpecTests
{
    private const string SpecName = "Places.md";

    private static readonly Lazy<IReadOnlyDictionary<int, string[]>> Rows = new(Read);

    private static Gazetteer Gazetteer => Gazetteer.Default;

    public static TheoryData<string> Cases() => SpecTable.Cases(SpecName, Rows.Value.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_gazetteer_answers_what_the_row_expects(string row)
    {
        var cells = Rows.Value[SpecTable.LineOf(row)];
        Assert.Equal(4, cells.Length);
        var (operation, a, b, expected) = (cells[0], Unquote(cells[1]), Unquote(cells[2]), cells[3]);
        var actual = operation switch
        {
            "find" => Top(Gazetteer.Find(a)),
            "find all" => string.Join(" ; ", Gazetteer.Find(a).ToArray().Take(int.Parse(b, CultureInfo.InvariantCulture)).Select(m => m.Place.ToString())),
            "match" => Gazetteer.Find(a).IsEmpty ? "none" : Gazetteer.Find(a)[0].Match.ToString().ToLowerInvariant(),
            "demonym" => Top(Gazetteer.FindDemonym(a)),
            "resolve" => Gazetteer.Resolve(a)?.ToString() ?? "none",
            "contains" => Gazetteer.Contains(Entry(a), Entry(b)) ? "yes" : "no",
            "chain" => string.Join(" < ", Entry(a).Chain().Select(p => p.Id)),
            "capital" => Entry(a).Capital?.ToString() ?? "none",
            "kind" => Entry(a).Kind.ToString(),
            "fold" => PlaceName.Fold(a),
            _ => throw new InvalidOperationException($"unknown operation '{operation}'"),
        };
        Assert.Equal(Unquote(expected), actual);
    }

    [Fact]
    public void The_spec_has_enough_rows_and_negatives()
    {
        var rows = Rows.Value.Values.ToList();
        Assert.True(rows.Count >= 60, $"{SpecName} has {rows.Count} rows");
        var negatives = rows.Count(cells => cells[3] is "none" or "no");
        Assert.True(negatives >= 15, $"{SpecName} has {negatives} negative rows");
    }

    private static string Top(ReadOnlySpan<PlaceMatch> found) => found.IsEmpty ? "none" : found[0].Place.ToString();

    /// <summary>A place by its id ("city:593116"), else the place a phrase resolves to.</summary>
    private static Place Entry(string text)
    {
        var place = text.Contains(':', StringComparison.Ordinal) ? Gazetteer.Get(text) : Gazetteer.Resolve(text);
        Assert.True(place is not null, $"no place '{text}'");
        return place;
    }

    /// <summary>Backquotes keep a cell's spaces and case visible: `the Lithuanian capital`.</summary>
    private static string Unquote(string cell) => cell.Length >= 2 && cell[0] == '`' && cell[^1] == '`' ? cell[1..^1] : cell;

    private static Dictionary<int, string[]> Read() => SpecTable.Rows(SpecName, "operation");
}
