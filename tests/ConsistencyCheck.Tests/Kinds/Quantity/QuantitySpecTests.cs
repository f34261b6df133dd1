using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Kinds.Quantity;
using ConsistencyCheck.Language;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds.Quantity;

/// <summary>
/// Runs every table row of Quantities.md, beside it, through a quantity rule: the sentence is read as an article and the
/// rule's claims must be exactly the row's. Each row is its own test case, named by file and line
/// ("Quantities.md:42"), so a failure points straight at the row.
/// </summary>
public sealed partial class QuantitySpecTests
{
    private const string SpecName = "Quantities.md";

    private static readonly Lazy<Spec> Parsed = new(Read);

    public static TheoryData<string> Cases() => SpecTable.Cases(SpecName, Parsed.Value.Rows.Keys);

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_rule_finds_what_the_row_expects(string row)
    {
        var cells = Parsed.Value.Rows[SpecTable.LineOf(row)];
        Assert.InRange(cells.Length, 3, 4);
        var sentence = cells[0];
        var rule = Parsed.Value.Rules.Find(cells[1]);
        Assert.True(rule is not null, $"no rule '{cells[1]}'");
        var expected = Expected(cells[2]);

        var claims = Extract(rule, sentence);
        var actual = claims.Select(c => new Figure((ReportedQuantity)c.Value, c.Subject)).ToList();
        Assert.Equal(Render(sentence, expected), Render(sentence, actual));

        if (cells.Length == 4 && cells[3].Length > 0)
            Assert.Equal(cells[3], string.Join(" ; ", claims.Select(c => c.ValueText)));
    }

    [Fact]
    public void The_spec_has_enough_rows_and_negatives()
    {
        var rows = Parsed.Value.Rows.Values.ToList();
        Assert.True(rows.Count >= 230, $"{SpecName} has {rows.Count} rows");
        var negatives = rows.Count(cells => cells.Length > 2 && cells[2] == "none");
        Assert.True(negatives >= 35, $"{SpecName} has {negatives} rows expecting no figure");
    }

    private static List<Claim> Extract(Rule rule, string sentence)
    {
        var errors = new List<InputError>();
        var article = ArticleReader.Read("spec.md", $"---\noutlet: Spec\ntitle: Spec\npublished: 2025-05-02\n---\n{sentence}\n", errors);
        Assert.True(article is not null, string.Join("; ", errors));
        var claims = new List<Claim>();
        rule.Extract(article, claims);
        return claims;
    }

    /// <summary>One expected or found claim: the interval with its unit, flags and subject.</summary>
    private sealed record Figure(ReportedQuantity Value, string? Subject)
    {
        public override string ToString()
        {
            var v = Value;
            var text = new StringBuilder();
            if (v.IsExact && v.LowInclusive && v.HighInclusive)
            {
                text.Append(Number(v.Low!.Value));
            }
            else
            {
                text.Append(v.LowInclusive ? '[' : '(').Append(v.Low is { } low ? Number(low) : "-∞").Append("..")
                    .Append(v.High is { } high ? Number(high) : "∞").Append(v.HighInclusive ? ']' : ')');
            }
            if (v.Currency is not null)
                text.Append(' ').Append(v.Currency);
            if (v.Unit is not null)
                text.Append(' ').Append(v.Unit);
            if (v.Approximate)
                text.Append(" ~");
            if (v.Increment)
                text.Append(" +");
            if (Subject is not null)
                text.Append(" \"").Append(Subject).Append('"');
            return text.ToString();
        }
    }

    private static string Render(string sentence, IReadOnlyList<Figure> figures) =>
        $"{(figures.Count == 0 ? "none" : string.Join(" ; ", figures))} ← {sentence}";

    private static readonly (decimal Size, string Suffix)[] Suffixes = [(1_000_000_000_000m, "tn"), (1_000_000_000m, "bn"), (1_000_000m, "m")];

    /// <summary>"150bn", "4.5m", "10000": a million and up with a suffix when three decimals say it exactly.</summary>
    private static string Number(decimal value)
    {
        foreach (var (size, suffix) in Suffixes)
        {
            var scaled = value / size;
            if (Math.Abs(value) >= size && scaled == Math.Round(scaled, 3))
                return scaled.ToString("0.###", CultureInfo.InvariantCulture) + suffix;
        }
        return value.ToString("0.############################", CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"^(?<number>\d+(\.\d+)?)(?<suffix>k|m|bn|tn)?$")]
    private static partial Regex NumberText();

    private static decimal? ParseNumber(string text)
    {
        if (text is "∞" or "-∞")
            return null;
        var match = NumberText().Match(text);
        Assert.True(match.Success, $"not a number: '{text}'");
        var value = decimal.Parse(match.Groups["number"].Value, CultureInfo.InvariantCulture);
        return value * match.Groups["suffix"].Value switch
        {
            "k" => 1_000m,
            "m" => 1_000_000m,
            "bn" => 1_000_000_000m,
            "tn" => 1_000_000_000_000m,
            _ => 1m,
        };
    }

    [GeneratedRegex("""^(?:(?<exact>[^\s\[\(]+)|(?<open>[\[\(])(?<low>[^.]+(?:\.\d+[a-z]*)?)\.\.(?<high>[^\]\)]+)(?<close>[\]\)]))(?<currency> [A-Z]{3})?(?<unit>(?: [a-z][a-z-]*)+)?(?<approximate> ~)?(?<increment> \+)?(?: "(?<subject>[^"]+)")?$""")]
    private static partial Regex Entry();

    private static List<Figure> Expected(string cell)
    {
        if (cell == "none")
            return [];
        var figures = new List<Figure>();
        foreach (var entry in cell.Split(" ; "))
        {
            var match = Entry().Match(entry);
            Assert.True(match.Success, $"not an expected figure: '{entry}'");
            decimal? low, high;
            bool lowInclusive, highInclusive;
            if (match.Groups["exact"].Success)
            {
                low = high = ParseNumber(match.Groups["exact"].Value);
                lowInclusive = highInclusive = true;
            }
            else
            {
                low = ParseNumber(match.Groups["low"].Value);
                high = ParseNumber(match.Groups["high"].Value);
                lowInclusive = match.Groups["open"].Value == "[";
                highInclusive = match.Groups["close"].Value == "]";
            }
            var value = new ReportedQuantity(low, high, lowInclusive, highInclusive, Group(match, "currency"), Group(match, "unit"),
                match.Groups["approximate"].Success, match.Groups["increment"].Success, LanguagePack.Bundled.Numbers);
            figures.Add(new Figure(value, Group(match, "subject")));
        }
        return figures;
    }

    private static string? Group(Match match, string name) => match.Groups[name].Success ? match.Groups[name].Value.Trim() : null;

    private sealed record Spec(IReadOnlyDictionary<int, string[]> Rows, RuleSet Rules);

    /// <summary>
    /// The table rows of the spec by line number (header and separator rows left out), and the rules they name: the
    /// bundled rules and those the spec defines in its own <c>yaml</c> blocks.
    /// </summary>
    private static Spec Read()
    {
        var rows = new Dictionary<int, string[]>();
        var files = Directory.GetFiles(Repository.Path("rules"), "*.yml").Order(StringComparer.Ordinal)
            .Select(f => new SourceFile("rules/" + Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
        var lines = SpecTable.Lines(SpecName);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line == "```yaml")
            {
                var start = i + 1;
                var end = Array.FindIndex(lines, start, l => l.Trim() == "```");
                Assert.True(end > 0, $"{SpecName}:{i + 1}: the yaml block is not closed");
                var yaml = string.Join('\n', lines[start..end]) + "\n";
                files.Add(new SourceFile($"{SpecName}#L{start + 1}.yml", Encoding.UTF8.GetBytes(yaml)));
                i = end;
                continue;
            }
            if (SpecTable.Cells(line, "sentence") is { } cells)
                rows[i + 1] = cells;
        }
        var errors = new List<InputError>();
        var rules = RuleSet.Read(files, errors);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new Spec(rows, rules);
    }
}
