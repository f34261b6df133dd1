using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.EventDate;

/// <summary>The same days of one month given a year apart for one event are its year written wrong, and contradict.</summary>
public sealed class YearSlipTests
{
    [Fact]
    public void The_same_days_a_year_apart_contradict()
    {
        var findings = Stories.Findings("event-dates",
            Stories.Article("a", "Harbour Times", "2026-02-10", "Leaders will meet at the summit in Oslo on 11-12 June 2026."),
            Stories.Article("b", "Valley Post", "2026-02-10", "Leaders will meet at the summit in Oslo on 11-12 June 2027."));
        Assert.Contains(findings, f => f.Verdict == Verdict.Contradict && f.Subject.StartsWith("summit", StringComparison.Ordinal));
    }

    [Fact]
    public void Other_days_a_year_apart_are_two_events()
    {
        var findings = Stories.Findings("event-dates",
            Stories.Article("a", "Harbour Times", "2026-02-10", "Leaders will meet at the summit in Oslo on 11-12 June 2026."),
            Stories.Article("b", "Valley Post", "2026-02-10", "Leaders met at the summit in Oslo on 3-4 May 2025."));
        Assert.DoesNotContain(findings, f => f.Verdict is Verdict.Contradict or Verdict.Internal);
        Assert.Equal(2, findings.Count(f => f.Subject.StartsWith("summit", StringComparison.Ordinal)));
    }
}
