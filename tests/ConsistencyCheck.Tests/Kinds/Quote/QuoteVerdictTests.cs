using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quote;

/// <summary>Quote verdicts on small stories written for these tests, run through the whole engine with the bundled rules.</summary>
public sealed class QuoteVerdictTests
{
    [Fact]
    public void The_same_words_in_different_quote_marks_agree()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“The dredging will finish before the regatta,” harbour chief Tomas Lind said."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "Harbour chief Tomas Lind said: \"The dredging will finish before the regatta.\""));
        var finding = Assert.Single(findings);
        Assert.Equal(Verdict.Agree, finding.Verdict);
        Assert.Equal("lind", finding.Subject);
        Assert.StartsWith("Coast Wire and Harbour Daily agree on Lind's words: “The dredging will finish before the regatta", finding.Message(), StringComparison.Ordinal);
        Assert.Contains("(Tomas Lind).", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_dropped_negation_contradicts_and_names_the_odd_one_out()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“We will not sell the old lighthouse,” Mayor Ada Brennan said."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "Mayor Ada Brennan said: “We will not sell the old lighthouse.”"),
            Stories.Article("c", "Bay Post", "2025-03-06", "“We will sell the old lighthouse,” Mayor Ada Brennan said."));
        var finding = Assert.Single(findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Equal([1, 1, 2], finding.Claims.Select(c => c.Position));
        Assert.Contains("the negation \"not\" stands in one and not at the same spot in the other", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_same_words_given_to_two_speakers_contradict()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“The harbour will stay closed to large ships until the new breakwater is finished next spring,” Mayor Ada Brennan said."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "Mayor Ada Brennan said: “The harbour will stay closed to large ships until the new breakwater is finished next spring.”"),
            Stories.Article("c", "Bay Post", "2025-03-06", "“The harbour will stay closed to large ships until the new breakwater is finished next spring,” harbour chief Tomas Lind said."));
        var finding = Assert.Single(findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Equal("brennan", finding.Subject);
        Assert.Equal([1, 1, 2], finding.Claims.Select(c => c.Position));
        Assert.Equal("Bay Post", finding.Claims[2].Claim.Article.Outlet);
    }

    [Fact]
    public void The_same_words_given_to_someone_only_through_she_said_are_not_held_against_a_named_speaker()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "Mayor Ada Brennan said: “The harbour will stay closed to large ships until the new breakwater is finished next spring.”"),
            Stories.Article("b", "Bay Post", "2025-03-06", "Harbour chief Tomas Lind spoke first. Then the crowd cheered. “The harbour will stay closed to large ships until the new breakwater is finished next spring,” she said."));
        Assert.DoesNotContain(findings, f => f.Verdict == Verdict.Contradict);
    }

    [Fact]
    public void A_statement_of_a_body_and_its_chief_giving_the_same_words_is_no_contradiction()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "Calverton Harbour Trust, which owns the quay where the crane fell, said: “We will rebuild the quay before the winter storms arrive and pay for every repair.”"),
            Stories.Article("b", "Bay Post", "2025-03-06", "Anna Byrne, the trust's chief executive, said: “We will rebuild the quay before the winter storms arrive and pay for every repair.”"));
        Assert.DoesNotContain(findings, f => f.Verdict == Verdict.Contradict);
    }

    [Fact]
    public void A_reworded_quote_is_a_variant_with_its_similarity()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“Every damaged jetty will be repaired before the summer,” Mayor Ada Brennan said."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "“We will repair every damaged jetty before summer,” Mayor Ada Brennan said."));
        var finding = Assert.Single(findings);
        Assert.Equal(Verdict.Variant, finding.Verdict);
        Assert.Matches(@"similarity \d+% in content words, \d+% word for word", finding.Message());
    }

    [Fact]
    public void Different_things_one_speaker_said_are_never_compared()
    {
        var findings = Quotes(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“The ferry to the island is cancelled today,” Mayor Ada Brennan said."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "“The ferry to the island is the lifeline of our town,” Mayor Ada Brennan said."));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Verdict.Single, f.Verdict));
    }

    [Fact]
    public void A_speaker_saying_a_thing_and_its_opposite_in_one_article_is_not_an_internal_contradiction()
    {
        var findings = Quotes(Stories.Article("a", "Harbour Daily", "2025-03-06",
            "“We respect those who want the new marina,” Mayor Ada Brennan said. “We also respect those who do not want the new marina,” she added."));
        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal(Verdict.Single, f.Verdict));
    }

    [Fact]
    public void A_quote_without_a_speaker_is_listed_but_never_compared()
    {
        var report = Check(
            Stories.Article("a", "Harbour Daily", "2025-03-06", "“The tide waits for nobody” was painted on the wall."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "“The tide waits for somebody” was painted on the wall."));
        Assert.Equal(2, report.Claims.Count(c => c.Kind == "quote"));
        Assert.All(report.Claims.Where(c => c.Kind == "quote"), c => Assert.Null(c.Subject));
        Assert.DoesNotContain(report.Findings, f => f.Rule.Kind == "quote");
    }

    private static List<Finding> Quotes(params ConsistencyCheck.Corpus.SourceFile[] articles) => Stories.Findings("quotes", articles);

    private static StoryReport Check(params ConsistencyCheck.Corpus.SourceFile[] articles) =>
        new Checker(Stories.BundledRules()).Check(Stories.Of(articles));
}
