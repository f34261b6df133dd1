using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>A share that moves while votes are counted (a rule's <c>sameDaySubjects</c>) holds for the day it is reported.</summary>
public sealed class RunningShareTests
{
    [Fact]
    public void Two_turnouts_reported_on_different_days_are_two_moments_of_the_count()
    {
        var findings = Stories.Findings("percentages",
            Stories.Article("a", "Harbour Times", "2026-04-13", "Turnout was 58.2 percent with most ballots counted."),
            Stories.Article("b", "Valley Post", "2026-04-15", "Turnout was 61.7 percent, the final count showed."));
        Assert.Equal(2, findings.Count(f => f.Subject == "turnout"));
        Assert.All(findings.Where(f => f.Subject == "turnout"), f => Assert.Equal(Verdict.Single, f.Verdict));
    }

    [Fact]
    public void Two_turnouts_reported_the_same_day_contradict()
    {
        var findings = Stories.Findings("percentages",
            Stories.Article("a", "Harbour Times", "2026-04-15", "Turnout was 58.2 percent, the final count showed."),
            Stories.Article("b", "Valley Post", "2026-04-15", "Turnout was 61.7 percent, the final count showed."));
        Assert.Contains(findings, f => f.Subject == "turnout" && f.Verdict == Verdict.Contradict);
    }
}
