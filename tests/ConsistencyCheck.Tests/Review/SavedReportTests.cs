using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Review;

/// <summary>A JSON report read back as a baseline gives the findings it wrote, and two reports compare by id.</summary>
public sealed class SavedReportTests
{
    [Fact]
    public void A_report_read_back_holds_every_finding_it_wrote()
    {
        var report = new Checker(Stories.BundledRules()).Check(Stories.Of(
            Stories.Article("orbit", "Orbit Daily", "2025-03-06", "The summit took place on March 4. The rocket launched on 3 May 2025."),
            Stories.Article("wire", "Space Wire", "2025-03-06", "The summit took place on March 5.")));
        var errors = new List<InputError>();
        var saved = SavedReport.Read(new SourceFile("old.json", Encoding.UTF8.GetBytes(JsonReport.Check([report]))), errors);
        Assert.Empty(errors);
        var story = Assert.Single(saved!.Stories);
        Assert.Equal("test-story", story.Name);
        Assert.Equal(report.Findings.Select(SavedFinding.Of), story.Findings);
        Assert.Contains(story.Findings, f => f.Verdict == Verdict.Contradict);
        Assert.Null(saved.Story("another-story"));
    }

    [Fact]
    public void Findings_compare_by_id_as_new_changed_unchanged_and_resolved()
    {
        SavedFinding Finding(string id, Verdict verdict) => new(id, "r", "s", verdict, Severity.Error);
        var changes = FindingChanges.Between(
            [Finding("a", Verdict.Agree), Finding("b", Verdict.Variant), Finding("c", Verdict.Single), Finding("z", Verdict.Contradict)],
            [Finding("d", Verdict.Single), Finding("b", Verdict.Contradict), Finding("c", Verdict.Single), Finding("e", Verdict.Internal)]);
        Assert.Equal(["e", "d"], changes.New.Select(f => f.Id));
        Assert.Equal(("b", Verdict.Variant), (Assert.Single(changes.Changed).After.Id, changes.Changed[0].Before.Verdict));
        Assert.Equal(1, changes.Unchanged);
        Assert.Equal(["z", "a"], changes.Resolved.Select(f => f.Id));
        Assert.True(changes.IsNewOrChanged("b") && changes.IsNewOrChanged("d"));
        Assert.False(changes.IsNewOrChanged("c"));
        Assert.False(FindingChanges.Between([Finding("a", Verdict.Agree)], [Finding("a", Verdict.Agree)]).Any);
    }
}
