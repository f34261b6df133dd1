using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Measure;

/// <summary>Runs the rows of Measures.md, beside it: what the bundled measures rule reads, and how two reports compare.</summary>
public sealed class MeasureSpecTests
{
    private static readonly RuleSpec Spec = new("Measures.md", "measures");

    public static TheoryData<string> Reading() => Spec.Reading();

    public static TheoryData<string> Comparing() => Spec.Comparing();

    [Theory]
    [MemberData(nameof(Reading))]
    public void The_rule_reads_what_the_row_expects(string row) => Spec.AssertReads(row, c => c.Conflict is null ? "" : " !");

    [Theory]
    [MemberData(nameof(Comparing))]
    public void Two_reports_compare_as_the_row_expects(string row) => Spec.AssertCompares(row);

    [Fact]
    public void The_spec_has_rows_of_each_kind_and_negatives()
    {
        var reading = Spec.Rows.Where(r => r.Length == 2).ToList();
        Assert.True(reading.Count >= 30, $"{reading.Count} rows of what is read");
        Assert.True(reading.Count(r => r[1] == "none") >= 8, "negatives");
        Assert.True(Spec.Rows.Count(r => r.Length == 4) >= 8, "rows of how reports compare");
    }
}
