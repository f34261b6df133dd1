using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Verdicts;

/// <summary>Verdicts on small stories written for these tests, run through the whole engine.</summary>
public sealed class VerdictTests
{
    private const string Rule = """
        id: launch-dates
        kind: event-date
        description: When a rocket launches.
        severity: error
        events:
          launch: [launch, launched, liftoff]
          summit: [summit]
        """;

    [Fact]
    public void The_same_day_in_different_words_agrees()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-06", "The launch took place on Tuesday from the coast."),
            Stories.Article("b", "Space Wire", "2025-03-07", "The launch on March 4 went smoothly."));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Agree, finding.Verdict);
        Assert.Contains("Orbit Daily and Space Wire agree", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Different_days_for_the_same_event_contradict_and_name_the_odd_one_out()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-06", "The launch took place on March 4."),
            Stories.Article("b", "Space Wire", "2025-03-06", "The launch took place on March 4, officials said."),
            Stories.Article("c", "Rocket Post", "2025-03-06", "The launch took place on March 5."));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.StartsWith("For the date of the launch, Orbit Daily and Space Wire say Tuesday 4 March 2025, but Rocket Post says Wednesday 5 March 2025", finding.Message(), StringComparison.Ordinal);
        Assert.Equal([1, 1, 2], finding.Claims.Select(c => c.Position));
    }

    [Fact]
    public void A_month_and_a_day_inside_it_are_compatible()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-01-10", "The launch is expected in March."),
            Stories.Article("b", "Space Wire", "2025-01-10", "The launch is scheduled for March 14."));
        Assert.Equal(Verdict.Compatible, Assert.Single(report.Findings).Verdict);
    }

    [Fact]
    public void Summits_in_different_cities_and_years_are_never_compared()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-01-10", "Leaders met at the summit in Lisbon in June 2024."),
            Stories.Article("b", "Space Wire", "2025-01-10", "The next summit in Oslo is planned for June 2025."));
        Assert.All(report.Findings, f => Assert.Equal(Verdict.Single, f.Verdict));
        Assert.Equal(2, report.Findings.Count);
    }

    [Fact]
    public void One_source_is_single_and_an_article_giving_two_days_speaks_of_two_events()
    {
        var single = Check(Stories.Article("a", "Orbit Daily", "2025-03-06", "The launch took place on March 4."));
        Assert.Equal(Verdict.Single, Assert.Single(single.Findings).Verdict);

        // "the launch on March 2" may be an earlier launch: never held against the same article's March 4
        var twoDays = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-06", "The launch took place on March 4. Engineers cheered the launch on March 2."),
            Stories.Article("b", "Space Wire", "2025-03-06", "The launch took place on March 3."));
        Assert.Equal([Verdict.Single, Verdict.Single, Verdict.Single], twoDays.Findings.Select(f => f.Verdict));
        Assert.Equal(3, twoDays.NotCompared.Count);
    }

    [Fact]
    public void A_report_disagreeing_with_what_most_outlets_say_is_a_contradiction_whatever_the_file_order()
    {
        foreach (var (first, second, third) in new[] { ("a", "b", "c"), ("c", "a", "b"), ("b", "c", "a") })
        {
            var report = Check(
                Stories.Article(first, "Orbit Daily", "2025-03-06", "The launch took place on Tuesday."),
                Stories.Article(second, "Space Wire", "2025-03-06", "Tuesday's launch went to plan."),
                Stories.Article(third, "Launch Weekly", "2025-03-06", "The rocket's launch on Monday went to plan."));
            var finding = Assert.Single(report.Findings);
            Assert.Equal(Verdict.Contradict, finding.Verdict);
            Assert.Equal([1, 1, 2], finding.Claims.Select(c => c.Position));
            Assert.Equal("Launch Weekly", finding.Claims[2].Claim.Article.Outlet);
        }
    }

    [Fact]
    public void Two_days_that_each_fit_a_month_contradict_and_the_message_names_all_three()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-01", "The launch is planned for March."),
            Stories.Article("b", "Space Wire", "2025-03-01", "The launch is planned for March 4."),
            Stories.Article("c", "Launch Weekly", "2025-03-01", "The launch is planned for March 20."));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Contains("Launch Weekly says Thursday 20 March 2025, but Space Wire says Tuesday 4 March 2025", finding.Message(), StringComparison.Ordinal);
        Assert.Contains("are 16 days apart", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Plans_for_a_one_off_event_disagree_however_far_apart_their_dates_and_recurring_events_do_not()
    {
        // The bundled rule: a takeover is one-off, a summit recurs
        var takeover = Stories.Findings("event-dates",
            Stories.Article("a", "Market Ledger", "2025-06-02", "The takeover is expected to close in the first quarter of 2026."),
            Stories.Article("b", "Trade Wire", "2025-06-03", "The takeover is expected to close in the first quarter of 2027."));
        Assert.Equal(Verdict.Contradict, Assert.Single(takeover).Verdict);

        var summits = Stories.Findings("event-dates",
            Stories.Article("a", "Market Ledger", "2025-06-02", "The summit will be held in March 2026."),
            Stories.Article("b", "Trade Wire", "2025-06-03", "The summit will be held in March 2027."));
        Assert.Equal([Verdict.Single, Verdict.Single], summits.Select(f => f.Verdict));

        foreach (var (published, other) in new[]
        {
            ("2025-06-03", "Its rival said its own acquisition of a ferry line would close in the first quarter of 2027."),
            ("2025-06-03", "The Kestrel takeover is expected to close in the first quarter of 2027."),
            ("2025-08-20", "The takeover is now expected to close in the first quarter of 2027."),
        })
        {
            var apart = Stories.Findings("event-dates",
                Stories.Article("a", "Market Ledger", "2025-06-02", "The Northwind takeover is expected to close in the first quarter of 2026."),
                Stories.Article("b", "Trade Wire", published, other));
            Assert.All(apart, f => Assert.Equal(Verdict.Single, f.Verdict));
        }

        var pastTakeovers = Stories.Findings("event-dates",
            Stories.Article("a", "Market Ledger", "2025-06-02", "The takeover was completed in March 2023."),
            Stories.Article("b", "Trade Wire", "2025-06-03", "The takeover was completed in March 2024."));
        Assert.Equal([Verdict.Single, Verdict.Single], pastTakeovers.Select(f => f.Verdict));
    }

    [Fact]
    public void A_partner_that_names_the_place_is_preferred_to_one_that_names_none()
    {
        var findings = Stories.Findings("event-dates",
            Stories.Article("a", "Harbour Daily", "2025-03-06", "The meeting in Oslo will be held next week."),
            Stories.Article("b", "Coast Wire", "2025-03-06", "The meeting in Oslo will be held on Friday. Ministers will meet again in April."));
        var contradiction = Assert.Single(findings, f => f.Verdict == Verdict.Contradict);
        // Claims are listed in reading order (date, then outlet): Coast Wire before Harbour Daily
        Assert.Equal(["Friday", "next week"], contradiction.Claims.Select(c => c.Claim.ValueText));
    }

    [Fact]
    public void Which_groups_merge_does_not_depend_on_the_order_of_the_files()
    {
        string[] days = ["1 March", "15 April", "20 January", "20 June"];
        string[] outlets = ["Atlantic Times", "Euro Wire", "Nordic Post", "Capital Herald"];
        var reports = new[] { new[] { 0, 1, 2, 3 }, [0, 2, 1, 3], [3, 2, 1, 0], [1, 3, 0, 2] }.Select(order =>
        {
            var files = order.Select((k, i) => Stories.Article($"{(char)('a' + i)}-{k}", outlets[k], "2025-01-05", $"Ministers will hold a meeting on {days[k]}.")).ToArray();
            return string.Join("; ", Stories.Findings("event-dates", files).Select(f => $"{f.Verdict}: {string.Join(", ", f.Claims.Select(c => c.Claim.Article.Outlet).Order(StringComparer.Ordinal))}").Order(StringComparer.Ordinal));
        }).ToList();
        Assert.All(reports, r => Assert.Equal(reports[0], r));
    }

    [Fact]
    public void Next_thursday_written_on_a_wednesday_fits_either_thursday_and_no_day_between()
    {
        var either = Stories.Findings("event-dates",
            Stories.Article("a", "Harbour Daily", "2027-03-10", "The summit will open next Thursday in Geneva."),
            Stories.Article("b", "Coast Wire", "2027-03-10", "The summit will open in Geneva on 18 March."));
        Assert.Equal(Verdict.Compatible, Assert.Single(either).Verdict);

        var between = Stories.Findings("event-dates",
            Stories.Article("a", "Harbour Daily", "2027-03-10", "The summit will open next Thursday in Geneva."),
            Stories.Article("b", "Coast Wire", "2027-03-10", "The summit will open in Geneva on Monday."));
        Assert.Equal(Verdict.Contradict, Assert.Single(between).Verdict);
    }

    [Fact]
    public void A_plan_is_not_contradicted_by_a_later_report_of_another_day()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-02", "The launch is scheduled for Tuesday."),
            Stories.Article("b", "Space Wire", "2025-03-06", "The launch took place on Wednesday."));
        Assert.DoesNotContain(report.Findings, f => f.Verdict is Verdict.Contradict or Verdict.Internal);
    }

    [Fact]
    public void A_weekday_that_does_not_match_its_date_is_internal()
    {
        var report = Check(Stories.Article("a", "Orbit Daily", "2025-03-06", "The launch is set for Friday, March 4, 2025."));
        var finding = report.Findings.Single(f => f.Verdict == Verdict.Internal);
        Assert.Contains("Tuesday 4 March 2025 is a Tuesday, not a Friday", finding.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_date_far_from_any_event_word_is_extracted_but_not_compared()
    {
        var report = Check(
            Stories.Article("a", "Orbit Daily", "2025-03-06", "On March 2 the weather was fine."),
            Stories.Article("b", "Space Wire", "2025-03-06", "On March 3 the weather was fine."));
        Assert.Equal(2, report.Claims.Count);
        Assert.All(report.Claims, c => Assert.Null(c.Subject));
        Assert.Empty(report.Findings);
    }

    private static StoryReport Check(params ConsistencyCheck.Corpus.SourceFile[] articles) =>
        new Checker(Stories.Rules(Rule)).Check(Stories.Of(articles));
}
