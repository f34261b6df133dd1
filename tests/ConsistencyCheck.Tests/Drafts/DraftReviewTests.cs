using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Snapshots;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Drafts;

/// <summary>
/// The pre-publication check in the engine: a draft about a ferry that capsized, read with three sources, and what
/// each claim of the draft is by the sources' account.
/// </summary>
public sealed class DraftReviewTests
{
    private static SourceFile At(string name, string outlet, string timestamp, params string[] paragraphs) =>
        new($"{name}.md", Encoding.UTF8.GetBytes($"---\noutlet: {outlet}\ntitle: Ferry\npublished: {timestamp}\nurl: null\n---\n{string.Join("\n\n", paragraphs)}\n"));

    private static readonly SourceFile Draft = At("draft", "Island Herald", "2026-05-02T12:00:00+02:00",
        "The ferry capsized on May 1, 2026, near the harbour mouth.",
        "Rescuers said 7 people were killed when the ferry went down.",
        "The ferry company employs 300 people.",
        "Families will hold a protest on June 9.",
        "The ferry carried 20 vehicles.",
        "Repairs were finished on April 2.",
        "Captain Marek Novák said the sea was calm.");

    private static readonly SourceFile[] Sources =
    [
        At("bay-times", "Bay Times", "2026-05-02T09:00:00+02:00",
            "The ferry capsized on May 1, 2026, the coast guard said.",
            "Rescuers said 7 people were killed in the disaster.",
            "The ferry company employs 450 people.",
            "Divers said 4 boats were damaged."),
        At("pier-daily", "Pier Daily", "2026-05-02T17:30:00+02:00",
            "The ferry capsized on May 1, 2026, in fog.",
            "At least 11 people were killed, rescuers said.",
            "Captain Marek Novak had sailed the route for years."),
        At("cape-ledger", "Cape Ledger", "2026-05-02T10:00:00+02:00",
            "Families plan a protest in June.",
            "Divers said 9 boats were damaged."),
    ];

    private static DraftReview Review(SourceFile draft, params SourceFile[] sources)
    {
        var rules = Stories.BundledRules();
        return DraftReview.Of(new Checker(rules).Check(Stories.Of([draft, .. sources])), rules, draft.Path);
    }

    [Fact]
    public void Each_claim_of_the_draft_is_given_in_draft_order_with_the_status_its_sources_give_it()
    {
        var review = Review(Draft, Sources);
        Assert.Equal(
            [
                (7, "sinking", DraftStatus.Confirmed),
                (9, "people killed", DraftStatus.Updated),
                (11, "people employed", DraftStatus.Contradicted),
                (13, "protest", DraftStatus.Compatible),
                (15, "vehicles", DraftStatus.Unconfirmed),
                (17, "no subject", DraftStatus.NotCompared),
                (19, "Novak", DraftStatus.Confirmed),
                (19, "Novak", DraftStatus.Variant),
            ],
            review.Claims.Select(c => (c.Claim.Evidence.Line, c.Subject, c.Status)));
        Assert.All(review.Claims, c => Assert.Equal("draft.md", c.Claim.Article.Path));
        Assert.Equal(["Bay Times", "Pier Daily"], review.Claims[0].Outlets(SourceRelation.Agrees));
    }

    [Fact]
    public void A_contradiction_names_the_source_its_words_where_they_stand_and_why()
    {
        var contradicted = Review(Draft, Sources).Claims.Single(c => c.Status == DraftStatus.Contradicted);
        var source = Assert.Single(contradicted.Sources);
        Assert.Equal(SourceRelation.Contradicts, source.Relation);
        Assert.Equal(("Bay Times", "450", "bay-times.md", 11, 27), (source.Claim.Article.Outlet, source.Claim.ValueText, source.Claim.Article.Path, source.Claim.Evidence.Line, source.Claim.Evidence.Column));
        Assert.Equal("300 people vs 450 people: no figure fits both", source.Reason);
        Assert.Equal(Verdict.Contradict, source.Finding.Verdict);
    }

    [Fact]
    public void A_running_figure_reported_after_the_draft_names_the_later_figure_and_one_reported_before_does_not()
    {
        var updated = Review(Draft, Sources).Claims.Single(c => c.Subject == "people killed");
        Assert.Equal(DraftStatus.Updated, updated.Status);
        Assert.Equal(("Pier Daily", "At least 11"), (updated.Latest!.Article.Outlet, updated.Latest.ValueText));
        Assert.Equal(["Bay Times"], updated.Outlets(SourceRelation.Agrees));

        // The same two reports, the draft now the later one: its figure is the newest, and the earlier one is no update
        var late = At("draft", "Island Herald", "2026-05-02T19:00:00+02:00", "Rescuers said 7 people were killed when the ferry went down.");
        var early = At("pier-daily", "Pier Daily", "2026-05-02T08:00:00+02:00", "Rescuers said 5 people were killed in the disaster.");
        var newest = Review(late, early).Claims.Single(c => c.Subject == "people killed");
        Assert.Null(newest.Latest);
        Assert.Equal(DraftStatus.Compatible, newest.Status);
        Assert.Equal(SourceRelation.Earlier, Assert.Single(newest.Sources).Relation);
    }

    [Fact]
    public void Findings_between_sources_alone_are_left_out()
    {
        var review = Review(Draft, Sources);
        // The sources contradict each other on the boats; the draft does not speak of them
        Assert.Contains(review.Report.Findings, f => f.Subject == "ships" && f.Verdict == Verdict.Contradict);
        Assert.DoesNotContain(review.Claims, c => c.Subject == "ships");
        Assert.DoesNotContain(review.Claims.SelectMany(c => c.Sources), s => s.Finding.Subject == "ships");
        Assert.Contains(review.Claims.SelectMany(c => c.Sources), s => s.Finding.Subject == "people employed");
    }

    [Fact]
    public void A_draft_that_contradicts_itself_is_contradicted_by_itself()
    {
        // 6 May 2026 is a Wednesday
        var draft = At("draft", "Island Herald", "2026-05-02", "Families will hold a protest on Tuesday, May 6, 2026.");
        var source = At("bay-times", "Bay Times", "2026-05-02", "The ferry capsized on May 1, 2026, in fog.");
        var claim = Assert.Single(Review(draft, source).Claims);
        Assert.Equal(DraftStatus.Contradicted, claim.Status);
        var itself = Assert.Single(claim.Sources);
        Assert.Same(claim.Claim, itself.Claim);
        Assert.Equal(Verdict.Internal, itself.Finding.Verdict);
    }

    [Fact]
    public void A_spelling_the_sources_share_is_no_claim_of_the_review_and_one_they_do_not_is_a_variant()
    {
        var alike = At("pier-daily", "Pier Daily", "2026-05-02", "Captain Marek Novák had sailed the route for years.");
        var unlike = At("pier-daily", "Pier Daily", "2026-05-02", "Captain Marek Novak had sailed the route for years.");
        var draft = At("draft", "Island Herald", "2026-05-02", "Captain Marek Novák said the sea was calm.");
        Assert.DoesNotContain(Review(draft, alike).Claims, c => c.Claim.RuleId == "name-spellings");
        Assert.Equal(DraftStatus.Variant, Review(draft, unlike).Claims.Single(c => c.Claim.RuleId == "name-spellings").Status);
    }

    [Fact]
    public void The_reports_of_the_example_draft_in_docs_match_their_snapshots()
    {
        var folder = Repository.Path("docs", "examples", "draft");
        var files = Directory.GetFiles(Path.Combine(folder, "sources"), "*.md").Prepend(Path.Combine(folder, "draft.md"))
            .Select(f => new SourceFile(Path.GetRelativePath(folder, f).Replace('\\', '/'), File.ReadAllBytes(f))).ToArray();
        var review = Review(files[0], files[1..]);
        Snapshot.Verify(DraftReport.Text(review, new ReportOptions()), "Draft.text", "txt");
        Snapshot.Verify(DraftReport.Markdown(review), "Draft.markdown");
        Snapshot.Verify(DraftReport.Json(review), "Draft.json", "json");
    }

    [Fact]
    public void The_reports_are_the_same_whatever_the_order_the_sources_are_given_in()
    {
        SourceFile[] reversed = [.. Sources.Reverse()];
        Assert.Equal(DraftReport.Text(Review(Draft, Sources), new ReportOptions()), DraftReport.Text(Review(Draft, reversed), new ReportOptions()));
        Assert.Equal(DraftReport.Markdown(Review(Draft, Sources)), DraftReport.Markdown(Review(Draft, reversed)));
        var json = DraftReport.Json(Review(Draft, Sources));
        Assert.Equal(json, DraftReport.Json(Review(Draft, reversed)));
        Assert.Contains("\"contradicted\": 1,", json, StringComparison.Ordinal);
    }
}
