using System.Text.RegularExpressions;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Kinds.Title;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Title;

/// <summary>
/// Runs every table row of Titles.md, beside it, through the bundled <c>titles</c> rule: the sentence is read as an
/// article and the rule's claims must be exactly the row's. Each row is its own test case, named by file and line
/// ("Titles.md:42"), so a failure points straight at the row. A row marked <c>known:</c> is a wrong reading the
/// rule still makes: it must still fail, so that fixing it is noticed and the mark removed.
/// </summary>
public sealed partial class TitleSpecTests
{
    private const string SpecName = "Titles.md";
    private const string Known = "known:";

    private static readonly Lazy<Spec> Parsed = new(Read);

    public static TheoryData<string> Cases() => Rows(known: false);

    public static TheoryData<string> KnownCases() => Rows(known: true);

    private static TheoryData<string> Rows(bool known) =>
        SpecTable.Cases(SpecName, Parsed.Value.Rows.Where(row => IsKnown(row.Value) == known).Select(row => row.Key));

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_finds_what_the_row_expects(string row)
    {
        var (expected, actual) = Run(Cells(row));
        Assert.Equal(expected, actual);
    }

    [Theory]
    [MemberData(nameof(KnownCases))]
    public void A_known_wrong_reading_is_still_wrong(string row)
    {
        var (expected, actual) = Run(Cells(row));
        Assert.True(expected != actual,
            $"{row} now reads as expected: remove its '{Known}' mark ({Cells(row)[3]})\n  {actual}");
    }

    [Fact]
    public void The_spec_has_enough_rows_and_negatives()
    {
        var rows = Parsed.Value.Rows.Values.ToList();
        Assert.True(rows.Count >= 70, $"{SpecName} has {rows.Count} rows");
        var negatives = rows.Count(cells => cells[1] == "none" && !IsKnown(cells));
        Assert.True(negatives >= 20, $"{SpecName} has {negatives} rows expecting no claim that the rule gets right");
    }

    private static string[] Cells(string row)
    {
        var cells = Parsed.Value.Rows[SpecTable.LineOf(row)];
        Assert.InRange(cells.Length, 3, 4);
        return cells;
    }

    private static bool IsKnown(string[] cells) => cells.Length > 3 && cells[3].StartsWith(Known, StringComparison.Ordinal);

    /// <summary>The row's expected claims and title texts, and the rule's, each rendered as one line with the sentence.</summary>
    private static (string Expected, string Actual) Run(string[] cells)
    {
        var sentence = cells[0];
        foreach (var entry in cells[1] == "none" ? [] : cells[1].Split(" ; "))
            Assert.True(Entry().IsMatch(entry), $"not an expected claim: '{entry}' (Key: office, organisation or -[, former][, generic])");
        if (cells.Length > 3)
            Assert.True(IsKnown(cells), $"the fourth cell must start with '{Known}': '{cells[3]}'");

        var claims = Extract(sentence);
        var found = claims.Count == 0 ? "none" : string.Join(" ; ", claims.Select(c => Describe(c.Subject!, (ReportedTitle)c.Value)));
        var written = string.Join(" ; ", claims.Select(c => c.ValueText));
        return ($"{cells[1]} | {cells[2]} ← {sentence}", $"{found} | {written} ← {sentence}");
    }

    private static string Describe(string key, ReportedTitle title) =>
        $"{key}: {title.Office}, {title.Organisation ?? "-"}{(title.Former ? ", former" : "")}{(title.Generic ? ", generic" : "")}";

    [GeneratedRegex("^[^:]+: [a-z ]+, (-|[^,]+)(, former)?(, generic)?$")]
    private static partial Regex Entry();

    private static List<Claim> Extract(string sentence)
    {
        var errors = new List<InputError>();
        var article = ArticleReader.Read("spec.md", $"---\noutlet: Spec\ntitle: Spec\npublished: 2025-05-02\n---\n{sentence}\n", errors);
        Assert.True(article is not null, string.Join("; ", errors));
        var claims = new List<Claim>();
        Parsed.Value.Rule.Extract(article, claims);
        return claims;
    }

    private sealed record Spec(IReadOnlyDictionary<int, string[]> Rows, Rule Rule);

    /// <summary>The table rows of the spec by line number, and the bundled titles rule.</summary>
    private static Spec Read()
    {
        var rows = SpecTable.Rows(SpecName, "sentence");
        var rule = Stories.BundledRules().Find("titles");
        Assert.True(rule is not null, "no bundled rule 'titles'");
        return new Spec(rows, rule);
    }
}
