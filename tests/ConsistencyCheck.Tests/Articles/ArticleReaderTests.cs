using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using Xunit;

namespace ConsistencyCheck.Tests.Articles;

public sealed class ArticleReaderTests
{
    private const string Good = "---\noutlet: Daily Ledger\ntitle: Bridge opens\npublished: 2025-06-02\nurl: null\n---\nThe bridge opened on Monday.\nTraffic was light.\n";

    [Fact]
    public void Reads_front_matter_and_sentences()
    {
        var article = Read(Good, out var errors)!;
        Assert.Empty(errors);
        Assert.Equal("Daily Ledger", article.Outlet);
        Assert.Equal(new DateOnly(2025, 6, 2), article.Published);
        Assert.Equal("en", article.FrontMatter.Language);
        Assert.Equal(["The bridge opened on Monday.", "Traffic was light."], article.Sentences.Select(s => article.TextOf(s.Span)));
    }

    [Theory]
    [InlineData("The mayor, Dr. Lee, spoke. Then she left.", new[] { "The mayor, Dr. Lee, spoke.", "Then she left." })]
    [InlineData("He met J. Smith in the U.S. Capitol. Both smiled.", new[] { "He met J. Smith in the U.S. Capitol.", "Both smiled." })]
    [InlineData("“We won,” she said. “Again.”", new[] { "“We won,” she said.", "“Again.”" })]
    [InlineData("Costs rose 2.5 percent. Wages did not!", new[] { "Costs rose 2.5 percent.", "Wages did not!" })]
    public void Splits_sentences_without_breaking_abbreviations_or_numbers(string body, string[] expected)
    {
        var article = Read($"---\noutlet: X\ntitle: T\npublished: 2025-01-01\n---\n{body}", out _)!;
        Assert.Equal(expected, article.Sentences.Select(s => article.TextOf(s.Span)));
    }

    [Theory]
    [InlineData("Ferry fares to rise in spring", true)]
    [InlineData("## Fares rise by a fifth", true)]
    [InlineData("“We will not wait”", false)]
    [InlineData("09:10 Crane falls across the quay", false)]
    [InlineData("@CityPolice: 500 people evacuated so far", false)]
    [InlineData("3.5bn aid package agreed", true)]
    [InlineData("Ferry fares will rise in spring.", false)]
    [InlineData("What the council decided:", false)]
    [InlineData("- 40 new buses", false)]
    [InlineData("2) Fares rise by a fifth", false)]
    [InlineData("READ MORE: Council votes to close two libraries", false)]
    [InlineData("See also: Tram line delayed again", false)]
    [InlineData("The council said the fares on every ferry route would rise in spring by a fifth", false)]
    public void A_short_line_without_closing_punctuation_is_a_heading(string line, bool heading)
    {
        var article = Read($"---\noutlet: X\ntitle: T\npublished: 2025-01-01\n---\n{line}\n\nThe council met on Monday.", out _)!;
        Assert.Equal([heading, false], article.Sentences.Select(s => s.IsHeading));
        Assert.Equal(heading, article.SentenceAt(article.Sentences[0].Span.Start + 2)?.IsHeading);
        Assert.Equal(heading ? 1 : 0, article.SentenceAt(article.Sentences[1].Span.Start)?.Section);
    }

    [Fact]
    public void A_hard_wrapped_line_is_no_heading_and_each_heading_opens_a_section()
    {
        var article = Read("---\noutlet: X\ntitle: T\npublished: 2025-01-01\n---\nThe council met on Monday.\nA similar vote at the same hall drew 300 people\nin 2019, the clerk said.\n## Fares\nFares rise.\n## Roads\nRoads close.", out _)!;
        Assert.Equal("A similar vote at the same hall drew 300 people in 2019, the clerk said.", article.TextOf(article.Sentences[1].Span));
        Assert.Equal([(false, 0), (false, 0), (true, 1), (false, 1), (true, 2), (false, 2)],
            article.Sentences.Select(s => (s.IsHeading, s.Section)));
    }

    [Fact]
    public void Keys_of_the_newsroom_are_kept_and_a_title_may_be_missing()
    {
        var article = Read("---\noutlet: X\npublished: 2025-01-01\nauthor: Ana Ruiz\ntags: [port, storm]\n---\nBody.", out var errors)!;
        Assert.Empty(errors);
        Assert.Null(article.FrontMatter.Title);
        Assert.Equal([new ExtraKey("author", "Ana Ruiz", 4, 1), new ExtraKey("tags", "[ port, storm ]", 5, 1)], article.FrontMatter.Extra);
    }

    [Theory]
    [InlineData("2025-03-04", "2025-03-04", null, null)]
    [InlineData("2025-03-04T18:10:00+02:00", "2025-03-04", "18:10", "02:00:00")]
    [InlineData("2025-03-04T23:30Z", "2025-03-04", "23:30", "00:00:00")]
    [InlineData("2025-03-04T06:05:30.250-0500", "2025-03-04", "06:05", "-05:00:00")]
    [InlineData("2025-03-04 18:10", "2025-03-04", "18:10", null)]
    public void Published_takes_a_date_or_a_timestamp_and_keeps_its_time_and_zone(string published, string date, string? time, string? offset)
    {
        var article = Read($"---\noutlet: X\ntitle: T\npublished: {published}\n---\nBody.", out var errors)!;
        Assert.Empty(errors);
        Assert.Equal(date, article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(time, article.FrontMatter.PublishedTime?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(offset, article.FrontMatter.PublishedOffset?.ToString());
    }

    [Theory]
    [InlineData("The bridge opened.", 1, 1, "no front matter")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-01-01\nBody without a fence.", 1, 1, "not closed")]
    [InlineData("---\noutlet: X\ntitle: T\n---\nBody.", 2, 1, "missing key 'published'")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-13-01\n---\nBody.", 4, 12, "YYYY-MM-DD")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-02-30\n---\nBody.", 4, 12, "but February 2025 has 28 days: correct the day")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2024-02-30T10:00Z\n---\nBody.", 4, 12, "but February 2024 has 29 days")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-01-01T25:00Z\n---\nBody.", 4, 12, "timestamp such as")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-01-01T10:00+25:00\n---\nBody.", 4, 12, "timestamp such as")]
    [InlineData("---\noutlet: X\ntitle: T\npublishd: 2025-01-01\n---\nBody.", 4, 1, "did you mean 'published'?")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-01-01\npublished_basis: guessed\n---\nBody.", 5, 18, "stated, inferred")]
    [InlineData("---\noutlet: [X\ntitle: T\npublished: 2025-01-01\n---\nBody.", 2, 1, "invalid YAML")]
    [InlineData("---\noutlet: X\ntitle: \"T\npublished: 2025-01-01\n---\nBody.", 3, 8, "invalid YAML")]
    [InlineData("---\noutlet: X\ntitle: T\npublished: 2025-01-01\n---\n\n  \n", 6, 1, "no body")]
    [InlineData("---\noutlet: X\noutlet: Y\ntitle: T\npublished: 2025-01-01\n---\nBody.", 3, 1, "twice")]
    public void Bad_input_is_reported_at_its_line_and_column(string text, int line, int column, string message)
    {
        Assert.Null(Read(text, out var errors));
        var error = Assert.Single(errors);
        Assert.Equal(("a.md", line, column), (error.File, error.Line, error.Column));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invalid_utf8_is_reported_where_it_stands()
    {
        var bytes = Encoding.UTF8.GetBytes("---\noutlet: X\ntitle: T\npublished: 2025-01-01\n---\nCaf").Concat(new byte[] { 0xE9, 0x20 }).ToArray();
        Assert.Null(ArticleReader.Read(new SourceFile("a.md", bytes), Errors(out var errors)));
        var error = Assert.Single(errors);
        Assert.Equal((6, 4), (error.Line, error.Column));
        Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bom_and_crlf_line_ends_are_accepted_and_positions_stay_right()
    {
        var plain = Read(Good, out _)!;
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(Good.Replace("\n", "\r\n", StringComparison.Ordinal))).ToArray();
        var windows = ArticleReader.Read(new SourceFile("a.md", bytes), Errors(out var errors))!;
        Assert.Empty(errors);
        var offset = windows.Text.IndexOf("Monday", StringComparison.Ordinal);
        Assert.Equal(plain.Lines.Locate(plain.Text.IndexOf("Monday", StringComparison.Ordinal)), windows.Lines.Locate(offset));
        Assert.Equal((7, 22), windows.Lines.Locate(offset));
    }

    [Fact]
    public void Columns_count_characters_not_utf16_units()
    {
        var map = new LineMap("ab\n\U0001F600x");
        Assert.Equal((2, 2), map.Locate(5)); // the emoji is two UTF-16 units but one column
    }

    private static Article? Read(string text, out List<InputError> errors) =>
        ArticleReader.Read(new SourceFile("a.md", Encoding.UTF8.GetBytes(text)), Errors(out errors));

    private static List<InputError> Errors(out List<InputError> errors) => errors = [];
}
