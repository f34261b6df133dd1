using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Kinds.Quote;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quote;

/// <summary>
/// Runs every table row of Quotes.md, beside it, through the bundled quote rule: rows of the first tables are read as an
/// article whose quotes must be exactly the row's; rows of the comparison table are read as two articles whose one
/// quote each must compare as the row says. Each row is its own test case, named by file and line ("Quotes.md:42").
/// </summary>
public sealed class QuoteSpecTests
{
    private const string SpecName = "Quotes.md";

    private static readonly Lazy<Spec> Parsed = new(Read);

    public static TheoryData<string> Finding() => Cases(Parsed.Value.Finding);

    public static TheoryData<string> Comparing() => Cases(Parsed.Value.Comparing);

    private static TheoryData<string> Cases(IReadOnlyDictionary<int, string[]> rows) => SpecTable.Cases(SpecName, rows.Keys);

    [Theory]
    [MemberData(nameof(Finding))]
    public void The_rule_finds_the_quotes_and_speakers_the_row_expects(string row)
    {
        var cells = Parsed.Value.Finding[SpecTable.LineOf(row)];
        Assert.Equal(3, cells.Length);
        var claims = Extract(cells[0], "Spec");
        var found = claims.Select(c => (ReportedQuote)c.Value).ToList();
        Assert.Equal($"{cells[1]} ← {cells[0]}", $"{Render(found)} ← {cells[0]}");
        if (cells[2].Length > 0)
            Assert.Equal(cells[2], string.Join(" ; ", found.Select(q => q.Words)));
    }

    [Theory]
    [MemberData(nameof(Comparing))]
    public void The_rule_compares_the_quotes_as_the_row_expects(string row)
    {
        var cells = Parsed.Value.Comparing[SpecTable.LineOf(row)];
        Assert.Equal(4, cells.Length);
        var a = Assert.Single(Extract(cells[0], "Outlet A"));
        var b = Assert.Single(Extract(cells[1], "Outlet B"));
        Assert.NotNull(a.Subject);
        Assert.NotNull(b.Subject);
        var rule = Parsed.Value.Rule;
        Assert.Equal(rule.Facts.SameFact(a, b), rule.Facts.SameFact(b, a));
        var comparison = rule.Facts.SameFact(a, b) ? rule.Comparer.Compare(a, b) : (Comparison?)null;
        Assert.Equal(cells[2], comparison is { } c ? c.Verdict.Name() : "unaligned");
        if (comparison is { } compared)
        {
            Assert.Equal(compared.Verdict, rule.Comparer.Compare(b, a).Verdict);
            Assert.Contains(cells[3], compared.Reason, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_spec_has_enough_rows_and_negatives()
    {
        var finding = Parsed.Value.Finding.Values.ToList();
        Assert.True(finding.Count >= 60, $"{SpecName} has {finding.Count} rows of quotes to find");
        var negatives = finding.Count(cells => cells[1] == "none");
        Assert.True(negatives >= 15, $"{SpecName} has {negatives} rows expecting no quote");
        var comparing = Parsed.Value.Comparing.Values.ToList();
        Assert.True(comparing.Count >= 30, $"{SpecName} has {comparing.Count} pairs of quotes to compare");
        foreach (var verdict in new[] { "agree", "variant", "contradict", "unaligned" })
            Assert.True(comparing.Count(cells => cells[2] == verdict) >= 5, $"{SpecName} has too few '{verdict}' pairs");
    }


    private static string Render(IReadOnlyList<ReportedQuote> quotes) =>
        quotes.Count == 0 ? "none" : string.Join(" ; ", quotes.Select(q => $"{q.Speaker ?? "?"}: {q.Text}"));

    private static List<Claim> Extract(string body, string outlet)
    {
        var text = body.Replace(" ¶ ", "\n", StringComparison.Ordinal);
        var errors = new List<InputError>();
        var article = ArticleReader.Read($"{outlet}.md", $"---\noutlet: {outlet}\ntitle: Spec\npublished: 2025-05-02\n---\n{text}\n", errors);
        Assert.True(article is not null, string.Join("; ", errors));
        var claims = new List<Claim>();
        Parsed.Value.Rule.Extract(article, claims);
        return claims;
    }

    private sealed record Spec(IReadOnlyDictionary<int, string[]> Finding, IReadOnlyDictionary<int, string[]> Comparing, Rule Rule);

    /// <summary>The rows of the spec's tables by line number, in two sets by their header, and the bundled quote rule.</summary>
    private static Spec Read()
    {
        var finding = new Dictionary<int, string[]>();
        var comparing = new Dictionary<int, string[]>();
        var current = finding;
        var lines = SpecTable.Lines(SpecName);
        for (var i = 0; i < lines.Length; i++)
        {
            // Two tables, told apart by their header rows: quotes to find, then pairs to compare
            if (SpecTable.Cells(lines[i], header: "") is not { } cells)
                continue;
            if (cells[0] is "text" or "quote A")
                current = cells[0] == "text" ? finding : comparing;
            else
                current[i + 1] = cells;
        }
        var rule = Stories.BundledRules().All.Single(r => r.Kind == "quote");
        return new Spec(finding, comparing, rule);
    }
}
