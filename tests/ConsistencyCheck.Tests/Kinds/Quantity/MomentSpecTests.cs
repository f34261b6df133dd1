using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>Runs every row of Moments.md: two reports of a running figure, and the verdict their moments give.</summary>
public sealed class MomentSpecTests
{
    private const string SpecName = "Moments.md";
    private static readonly Lazy<Dictionary<int, string[]>> Rows = new(() => SpecTable.Rows(SpecName, "A published"));
    private static readonly Lazy<Checker> Engine = new(() => new Checker(Stories.BundledRules()));

    public static TheoryData<int> Cases()
    {
        var data = new TheoryData<int>();
        foreach (var line in Rows.Value.Keys)
            data.Add(line);
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_reports_are_ordered_as_the_row_says(int line)
    {
        var cells = Rows.Value[line];
        Assert.True(cells.Length == 7, $"{SpecName}:{line}: a row has 7 cells, not {cells.Length}");
        var (subject, verdict, latest) = (cells[4], cells[5], cells[6]);
        var report = Engine.Value.Check(Stories.Of(RunningFigureTests.At("a", "Harbour Times", cells[0], cells[1]), RunningFigureTests.At("b", "Valley Post", cells[2], cells[3])));
        var findings = report.Findings.Where(f => f.Rule.Id == "counts" && f.Subject == subject).ToList();
        var shown = string.Join("\n", report.Findings.Select(f => $"{f.Verdict.Name()} '{f.Subject}': {f.Message()}"));
        var finding = findings.FirstOrDefault(f => f.Claims.Select(c => c.Claim.Article.Id).Distinct().Count() == 2);
        Assert.True(finding is not null, $"{SpecName}:{line}: no finding of '{subject}' holds both reports; the report says:\n{shown}");
        Assert.True(finding.Verdict.Name() == verdict, $"{SpecName}:{line}: expected {verdict}, got {finding.Verdict.Name()}: {finding.Message()}");
        if (verdict == "updated")
            Assert.Equal(latest.ToLowerInvariant(), finding.Grounds.Timeline!.Latest.Article.Id);
    }

    [Fact]
    public void The_spec_orders_moments_of_every_kind()
    {
        var verdicts = Rows.Value.Values.Select(cells => cells[5]).ToList();
        Assert.True(verdicts.Count(v => v == "updated") >= 8 && verdicts.Count(v => v == "contradict") >= 5, $"{SpecName}: too few rows of each verdict");
    }

}
