using Xunit;

namespace ConsistencyCheck.Tests.Kinds.TimeOfDay;

/// <summary>Runs the rows of Times.md, beside it: what the bundled times rule reads, and how two reports compare.</summary>
public sealed class TimeSpecTests
{
    private static readonly RuleSpec Spec = new("Times.md", "times");

    public static TheoryData<string> Reading() => Spec.Reading();

    public static TheoryData<string> Comparing() => Spec.Comparing();

    [Theory]
    [MemberData(nameof(Reading))]
    public void The_rule_reads_what_the_row_expects(string row) => Spec.AssertReads(row);

    [Theory]
    [MemberData(nameof(Comparing))]
    public void Two_reports_compare_as_the_row_expects(string row) => Spec.AssertCompares(row);

    [Fact]
    public void The_spec_has_rows_of_each_kind_and_negatives()
    {
        var reading = Spec.Rows.Where(r => r.Length == 2).ToList();
        Assert.True(reading.Count >= 15, $"{reading.Count} rows of what is read");
        Assert.True(reading.Count(r => r[1] == "none") >= 6, "negatives");
        Assert.True(Spec.Rows.Count(r => r.Length == 4) >= 6, "rows of how reports compare");
    }
}
