using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>A count a named source gives is that source's: two sources' counts are two facts, one source's two counts contradict.</summary>
public sealed class SourceTests
{
    [Fact]
    public void Organisers_and_police_give_two_counts_that_never_contradict()
    {
        var findings = Stories.Findings("counts",
            Stories.Article("a", "Harbour Times", "2026-05-02", "Organisers said 80,000 people marched through the old town."),
            Stories.Article("b", "Valley Post", "2026-05-02", "Police said 25,000 people marched through the old town."));
        Assert.DoesNotContain(findings, f => f.Verdict is Verdict.Contradict or Verdict.Internal);
        Assert.Equal(2, findings.Count(f => f.Subject == "people"));
    }

    [Fact]
    public void Each_figure_of_a_sentence_takes_the_source_nearest_it()
    {
        var findings = Stories.Findings("counts",
            Stories.Article("a", "Harbour Times", "2026-05-02", "Organisers said 80,000 people took part, while police said 25,000 people took part."),
            Stories.Article("b", "Valley Post", "2026-05-02", "Police said 31,000 people took part in the march."));
        // The police's two figures meet and contradict; the organisers' stands apart
        Assert.Contains(findings, f => f.Verdict == Verdict.Contradict && f.Claims.Select(c => c.Claim.ValueText).Order().SequenceEqual(["25,000", "31,000"]));
    }
}
