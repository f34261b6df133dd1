using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Verdicts;

/// <summary>A heading restates its article: a figure in a heading that the text contradicts is an internal contradiction.</summary>
public sealed class HeadingTests
{
    [Fact]
    public void A_heading_that_the_text_contradicts_is_internal()
    {
        var finding = Assert.Single(Stories.Findings("money-figures", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "Aid of €2 billion\nThe government pledged €1 billion in aid for the flooded region.")));
        Assert.Equal(Verdict.Internal, finding.Verdict);
        Assert.Contains("2 billion euros and 1 billion euros", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_heading_that_the_text_repeats_agrees_with_it()
    {
        var finding = Assert.Single(Stories.Findings("money-figures", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "Aid of €1 billion\nThe government pledged more than €1 billion in aid for the flooded region.")));
        Assert.Equal(Verdict.Single, finding.Verdict);
    }

    [Fact]
    public void A_heading_speaks_only_for_its_own_section()
    {
        var findings = Stories.Findings("money-figures", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "The government pledged €1 billion in aid for the flooded region.\n## Lessons from €2 billion in aid\nThe last floods cost the region dearly."));
        Assert.DoesNotContain(findings, f => f.Verdict is Verdict.Internal or Verdict.Contradict);
    }

    [Fact]
    public void A_timeline_entry_is_no_heading()
    {
        var findings = Stories.Findings("counts", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "Seven people were killed when the crane fell on Tuesday.\nHow the day unfolded\n11:30 Police confirm 3 people killed"));
        Assert.DoesNotContain(findings, f => f.Verdict is Verdict.Internal or Verdict.Contradict);
    }

    [Fact]
    public void Two_figures_of_the_text_are_two_facts()
    {
        var findings = Stories.Findings("money-figures", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "The government pledged €2 billion in aid for the flooded region. It pledged €1 billion in aid for the farms."));
        Assert.DoesNotContain(findings, f => f.Verdict is Verdict.Internal or Verdict.Contradict);
    }
}
