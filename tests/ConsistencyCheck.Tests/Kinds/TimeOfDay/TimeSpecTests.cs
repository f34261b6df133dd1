using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.TimeOfDay;

/// <summary>Runs the rows of Times.md, beside it: what the bundled times rule reads, and how two reports compare.</summary>
public sealed class TimeSpecTests
{
    private const string SpecName = "Times.md";

    private static readonly Lazy<Dictionary<int, string[]>> Rows = new(() =>
        SpecTable.Rows(SpecName, "sentence").Where(r => r.Value[0] != "first").ToDictionary(r => r.Key, r => r.Value));

    public static TheoryData<string> Reading() => SpecTable.Cases(SpecName, Rows.Value.Where(r => r.Value.Length == 2).Select(r => r.Key));

    public static TheoryData<string> Comparing() => SpecTable.Cases(SpecName, Rows.Value.Where(r => r.Value.Length == 4).Select(r => r.Key));

    [Theory]
    [MemberData(nameof(Reading))]
    public void The_rule_reads_what_the_row_expects(string row)
    {
        var (sentence, expected) = (Rows.Value[SpecTable.LineOf(row)][0], Rows.Value[SpecTable.LineOf(row)][1]);
        var story = Stories.Of(Stories.Article("a", "Spec Wire", "2025-05-02", sentence));
        var claims = new Checker(Stories.BundledRules()).Extract(story).Where(c => c.RuleId == "times").ToList();
        var actual = claims.Count == 0 ? "none" : string.Join(" ; ", claims.Select(c => $"{c.Subject ?? "-"}: {c.Value.Describe()}"));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(Comparing))]
    public void Two_reports_compare_as_the_row_expects(string row)
    {
        var cells = Rows.Value[SpecTable.LineOf(row)];
        var findings = Stories.Findings("times",
            Stories.Article("a", "First Wire", "2025-05-02", cells[0]),
            Stories.Article("b", "Second Post", "2025-05-02", cells[1]));
        var about = findings.Where(f => f.Subject == cells[2]).ToList();
        Assert.True(about.Count > 0, $"no finding about '{cells[2]}': {string.Join("; ", findings.Select(f => $"{f.Verdict.Name()} {f.Subject}"))}");
        Assert.All(about, f => Assert.Equal(cells[3], f.Verdict.Name()));
        Assert.Equal(2, about.SelectMany(f => f.Claims).Select(c => c.Claim.Article.Id).Distinct().Count());
    }

    [Fact]
    public void The_spec_has_rows_of_each_kind_and_negatives()
    {
        var reading = Rows.Value.Values.Where(r => r.Length == 2).ToList();
        Assert.True(reading.Count >= 15, $"{reading.Count} rows of what is read");
        Assert.True(reading.Count(r => r[1] == "none") >= 6, "negatives");
        Assert.True(Rows.Value.Values.Count(r => r.Length == 4) >= 6, "rows of how reports compare");
    }
}
