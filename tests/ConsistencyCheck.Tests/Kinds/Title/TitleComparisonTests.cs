using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Title;

/// <summary>
/// Two outlets' one-sentence articles that give one person's title, checked by the whole engine with the bundled
/// titles rule: the verdict on the pair, or that the two titles are not compared at all (a former office and a
/// present one, two people who share a surname, articles written too far apart). Every name here is invented.
/// </summary>
public sealed class TitleComparisonTests
{
    private const string NotCompared = "not compared";
    private const string Day = "2025-05-02";

    private static readonly Lazy<RuleSet> TitlesOnly = new(() => RuleSet.Of(Stories.BundledRules().Find("titles")!));

    public static TheoryData<string, string, string, string> Pairs() => new()
    {
        // agree: the same office written alike, one with its organisation or in another order of the same words
        { "NATO Secretary General Halvard Lunde opened the meeting.", "Secretary General Halvard Lunde opened the meeting.", Day, "agree" },
        { "Prime Minister Anders Brekke visited the port.", "Anders Brekke, the prime minister, visited the port.", Day, "agree" },
        { "Polish Foreign Minister Ewa Nowicka arrived.", "Foreign Minister Ewa Nowicka arrived.", Day, "agree" },
        { "Former President Amara Okafor attended the funeral.", "Amara Okafor, the former president, attended the funeral.", Day, "agree" },
        { "Jonas Brandt, mayor of Elmstadt, opened the fair.", "Mayor Jonas Brandt opened the fair.", Day, "agree" },
        { "President Volodymyr Zelenskyy addressed parliament.", "President Volodymyr Zelenskiy addressed parliament.", Day, "agree" },
        { "Mayor Mirela Kovač opened the harbour.", "Mayor Mirela Kovac opened the harbour.", Day, "agree" },
        { "Kremlin spokesman [Dmitri] Orlov denied it.", "Kremlin spokesman Dmitri Orlov denied it.", Day, "agree" },
        { "Commission President Elske van der Berg presented the plan.", "Van der Berg, the Commission president, presented the plan.", Day, "agree" },

        // variant: the same office in other words, spelling or word order
        { "UN Secretary-General Amina Diallo called for a ceasefire.", "UN Secretary General Amina Diallo called for a ceasefire.", Day, "variant" },
        { "White House Press Secretary Lena Park took questions.", "White House spokeswoman Lena Park took questions.", Day, "variant" },
        { "NATO General Secretary Halvard Lunde visited the base.", "NATO Secretary General Halvard Lunde visited the base.", Day, "variant" },
        { "Amina Diallo, Secretary-General of the United Nations, arrived.", "UN Secretary-General Amina Diallo arrived.", Day, "variant" },
        { "Former Chancellor Greta Vogel published her memoirs.", "Ex-chancellor Greta Vogel published her memoirs.", Day, "variant" },
        { "NATO chief Halvard Lunde warned the allies.", "NATO head Halvard Lunde warned the allies.", Day, "variant" },
        { "Defence Minister Rick Alvarez flew to the base.", "Defense Secretary Rick Alvarez flew to the base.", Day, "variant" },
        { "Dmitri Orlov, the Kremlin's spokesman, said no.", "Kremlin spokesman Dmitri Orlov said no.", Day, "variant" },

        // compatible: a word for the head and the office that heads the same organisation
        { "NATO chief Halvard Lunde warned the allies.", "NATO Secretary General Halvard Lunde warned the allies.", Day, "compatible" },
        { "UN chief Amina Diallo flew to Nairobi.", "Amina Diallo, Secretary-General of the United Nations, flew to Nairobi.", Day, "compatible" },
        { "Harbour Authority boss Milan Petrović resigned.", "Harbour Authority CEO Milan Petrovic resigned.", Day, "compatible" },
        { "The head of the European Commission, Elske de Vries, spoke.", "Commission President Elske de Vries spoke.", Day, "compatible" },
        { "Halvard Lunde, the alliance's leader, spoke first.", "NATO Secretary-General Halvard Lunde spoke first.", Day, "compatible" },
        { "The ex-NATO chief, Halvard Lunde, chairs a bank.", "Halvard Lunde, a former NATO secretary general, chairs a bank.", Day, "compatible" },

        // contradict: another office, a deputy for the office, a rank for a civilian post, another organisation
        { "NATO commander Halvard Lunde warned the allies.", "NATO Secretary General Halvard Lunde warned the allies.", Day, "contradict" },
        { "Deputy Mayor Kim Sato chaired the session.", "Mayor Kim Sato chaired the session.", Day, "contradict" },
        { "EU foreign minister Karin Aalto urged restraint.", "UN foreign minister Karin Aalto urged restraint.", Day, "contradict" },
        { "General Halvard Lunde inspected the troops.", "Secretary General Halvard Lunde inspected the troops.", Day, "contradict" },
        { "Kremlin chief Dmitri Orlov denied it.", "Kremlin spokesman Dmitri Orlov denied it.", Day, "contradict" },
        { "NATO chief Oskar Hallin briefed reporters.", "Deputy Secretary General Oskar Hallin briefed reporters.", Day, "contradict" },
        { "Prime Minister Anders Brekke resigned.", "President Anders Brekke resigned.", Day, "contradict" },
        { "Finance Minister Tomasz Wrobel spoke.", "Foreign Minister Tomasz Wrobel spoke.", Day, "contradict" },
        { "Vice President Carla Mendes toured the villages.", "President Carla Mendes toured the villages.", Day, "contradict" },
        { "Polish Foreign Minister Ewa Nowicka arrived.", "Czech Foreign Minister Ewa Nowicka arrived.", Day, "contradict" },
        { "Pentagon spokeswoman Dana Ruiz said the drills would go on.", "White House spokeswoman Dana Ruiz said the drills would go on.", Day, "contradict" },
        { "NATO chief Amina Diallo spoke.", "UN chief Amina Diallo spoke.", Day, "contradict" },
        { "President Volodymyr Zelenskyy spoke.", "Prime Minister Volodymyr Zelensky spoke.", Day, "contradict" },
        { "Mayor Kim Sato spoke.", "Governor Sato spoke.", Day, "contradict" },
        { "Mayor Ines Carvalho opened the bridge.", "Governor Ines Carvalho opened the bridge.", "2027-03-01", "contradict" },

        // not compared: a former and a present office, two people, too far apart in time
        { "Former Prime Minister Erna Vik spoke.", "Prime Minister Erna Vik spoke.", Day, NotCompared },
        { "The ex-NATO chief, Halvard Lunde, spoke.", "NATO commander Halvard Lunde spoke.", Day, NotCompared },
        { "Finance Minister Amara Okafor spoke.", "Foreign Minister Joseph Okafor spoke.", Day, NotCompared },
        { "President Amara Okafor spoke.", "President Carla Mendes spoke.", Day, NotCompared },
        { "Minister Anna Berg spoke.", "Governor Anna Lis-Kowalska spoke.", Day, NotCompared },
        { "Mayor Ines Carvalho opened the bridge.", "Governor Ines Carvalho opened the bridge.", "2027-05-03", NotCompared },
        { "Commission President Elske van der Berg spoke.", "Commission President Anna Berg spoke.", Day, NotCompared },
    };

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Two_outlets_titles_get_the_expected_verdict_in_either_order(string first, string second, string secondPublished, string expected)
    {
        foreach (var swap in new[] { false, true })
        {
            // Articles are read in file-name order: swapping the names swaps the order
            var a = Stories.Article(swap ? "b" : "a", "Outlet A", Day, first);
            var b = Stories.Article(swap ? "a" : "b", "Outlet B", secondPublished, second);
            var report = new Checker(TitlesOnly.Value).Check(Stories.Of(a, b));
            // Each sentence names one person with one title: anything else is a recogniser fault, not a verdict
            Assert.Equal(2, report.Claims.Count);
            var both = report.Findings.Where(f => f.Claims.Select(c => c.Claim.Article.Id).Distinct().Count() == 2).ToList();
            var said = string.Join("; ", report.Findings.Select(f => $"{f.Verdict.Name()} {f.Subject}: {f.Message()}"));
            if (expected == NotCompared)
                Assert.True(both.Count == 0, $"compared: {said}");
            else
                Assert.Equal(expected, Assert.Single(both).Verdict.Name());
        }
    }

    [Fact]
    public void The_pairs_cover_every_verdict_a_title_can_get()
    {
        var pairs = Pairs().Select(row => (string)row[3]).ToList();
        Assert.True(pairs.Count >= 30, $"{pairs.Count} pairs");
        Assert.Equal(["agree", "compatible", "contradict", NotCompared, "variant"], pairs.Distinct().Order(StringComparer.Ordinal));
    }

    /// <summary>A contradiction names what each outlet says, so the editor sees which office is the odd one out.</summary>
    [Fact]
    public void Two_offices_of_one_organisation_in_one_article_are_internal_but_two_governments_offices_are_two_titles()
    {
        var oneBody = Stories.Findings("titles", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "NATO Secretary General Halvard Lunde flew to Oslo. NATO spokesman Halvard Lunde said the plan was ready."));
        Assert.Equal(Verdict.Internal, Assert.Single(oneBody).Verdict);

        var twoOffices = Stories.Findings("titles", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "Prime Minister Ada Brekke opened the session. Finance Minister Ada Brekke presented the budget."));
        Assert.DoesNotContain(twoOffices, f => f.Verdict is Verdict.Internal or Verdict.Contradict);

        var deputy = Stories.Findings("titles", Stories.Article("a", "Harbour Daily", "2025-03-06",
            "Kremlin spokesman Dmitri Orlov spoke first. Dmitri Orlov, the Kremlin deputy chief of staff, has run the press office since 2012."));
        Assert.DoesNotContain(deputy, f => f.Verdict is Verdict.Internal or Verdict.Contradict);
    }

    [Fact]
    public void A_contradiction_says_which_offices_differ()
    {
        var report = new Checker(TitlesOnly.Value).Check(Stories.Of(
            Stories.Article("a", "Outlet A", Day, "Deputy Mayor Kim Sato chaired the session."),
            Stories.Article("b", "Outlet B", Day, "Mayor Kim Sato chaired the session.")));
        var finding = Assert.Single(report.Findings);
        Assert.Equal(Verdict.Contradict, finding.Verdict);
        Assert.Contains("different offices: deputy mayor and mayor", finding.Message(), StringComparison.Ordinal);
    }
}
