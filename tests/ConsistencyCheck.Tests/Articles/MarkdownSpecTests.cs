using System.Text.RegularExpressions;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using Xunit;

namespace ConsistencyCheck.Tests.Articles;

/// <summary>
/// Runs every row of Specs/Markdown.md: the row's Markdown is read as an article body, and the sentences the
/// recognisers get, with their headings and the file positions of chosen words, must be the row's.
/// </summary>
public sealed partial class MarkdownSpecTests
{
    private const string SpecName = "Markdown.md";
    private const string FrontMatter = "---\noutlet: Spec\ntitle: Spec\npublished: 2025-05-02\n---\n";
    private const int FrontMatterLines = 5;

    private static readonly Lazy<Dictionary<int, string[]>> Rows = new(() => SpecTable.Rows(SpecName, "markdown"));

    public static TheoryData<string> Cases() => SpecTable.Cases(SpecName, Rows.Value.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_body_reads_as_the_row_expects(string row)
    {
        var cells = Rows.Value[SpecTable.LineOf(row)];
        Assert.Equal(3, cells.Length);
        var markdown = cells[0].Replace('↵', '\n').Replace('␍', '\r').Replace('¦', '|');
        var errors = new List<InputError>();
        var article = ArticleReader.Read("spec.md", FrontMatter + markdown, errors);

        if (cells[1] == "none")
        {
            Assert.Null(article);
            Assert.Contains(errors, e => e.Message.Contains("no body", StringComparison.Ordinal));
            return;
        }
        Assert.True(article is not null, string.Join("; ", errors));
        var sentences = article.Sentences.Select(s => Spaces().Replace(article.TextOf(s.Span), " ") + (s.IsHeading ? " [h]" : ""));
        Assert.Equal(cells[1], string.Join(" ; ", sentences));

        foreach (var expected in cells[2].Split(" ; ", StringSplitOptions.RemoveEmptyEntries))
        {
            var at = expected.LastIndexOf('@');
            var word = expected[..at];
            var offset = article.Text.IndexOf(word, article.BodyStart, StringComparison.Ordinal);
            Assert.True(offset >= 0, $"'{word}' is not in the prose");
            var (line, column) = article.Lines.Locate(offset);
            Assert.Equal(expected, $"{word}@{line - FrontMatterLines}:{column}");
        }
    }

    [Fact]
    public void The_spec_covers_every_shape_the_issue_names()
    {
        var rows = Rows.Value.Values.ToList();
        Assert.True(rows.Count >= 40, $"{SpecName} has {rows.Count} rows");
        foreach (var mark in new[] { "↵", "␍", "¦", "**", "](", "<div", "```", "[^1]", "===", "> ", "- " })
            Assert.Contains(rows, cells => cells[0].Contains(mark, StringComparison.Ordinal));
    }

    [Fact]
    public void A_claim_across_a_wrapped_line_points_at_its_value_in_the_file()
    {
        var body = "The storm closed the coast road on Monday, **killing** at least nine\r\npeople, the\r\ncouncil said.\r\n";
        var report = new Checker(Stories.BundledRules()).Check(Stories.Of(Stories.Article("wrapped", "Coast Wire", "2025-03-04", body)));
        var claim = Assert.Single(report.Claims, c => c.RuleId == "counts");
        Assert.Equal("people killed", claim.Subject);
        Assert.Equal("at least nine", claim.ValueText);
        Assert.Equal((7, 56), (claim.Evidence.Line, claim.Evidence.Column));
        Assert.Equal("The storm closed the coast road on Monday, killing at least nine people, the council said.", claim.Evidence.Sentence);
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
