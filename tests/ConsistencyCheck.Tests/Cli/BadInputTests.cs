using System.Diagnostics;
using System.Globalization;
using System.Text;
using Xunit;

namespace ConsistencyCheck.Tests.Cli;

/// <summary>
/// Runs every row of Specs/BadInputs.md: the row's files are laid out in a folder of their own, the command runs
/// in-process, and its exit code and message must be the row's, with no stack trace and no report passed off as
/// complete.
/// </summary>
public sealed class BadInputTests
{
    private const string SpecName = "BadInputs.md";
    private const string Good = "---\noutlet: Wire\ntitle: T\npublished: 2025-03-04\n---\nThe summit in Oslo took place on Monday.\n";

    private static readonly Lazy<Dictionary<int, string[]>> Rows = new(() => SpecTable.Rows(SpecName, "input"));

    public static TheoryData<string> Cases() => SpecTable.Cases(SpecName, Rows.Value.Keys);

    [Fact]
    public void The_catalogue_has_enough_rows()
    {
        Assert.True(Rows.Value.Count >= 45, $"{SpecName} has {Rows.Value.Count} rows");
    }

    [Fact]
    public void A_word_list_past_its_bound_is_a_rule_error_and_one_within_it_is_read()
    {
        var temp = Directory.CreateTempSubdirectory("cc-bad-").FullName;
        try
        {
            Lay(temp, "s/a.md=GOOD");
            string Rule(int words) => $"id: x\nkind: event-date\ndescription: d\nseverity: error\nevents:\n  strike: [{string.Join(", ", Enumerable.Range(0, words).Select(i => $"w{i}"))}]\n";
            Directory.CreateDirectory(Path.Combine(temp, "r"));
            File.WriteAllText(Path.Combine(temp, "r", "x.yml"), Rule(10_001));
            var (code, _, stderr) = CommandLine.Run("check", Path.Combine(temp, "s"), "--rules", Path.Combine(temp, "r"));
            Assert.Equal(2, code);
            Assert.Contains("x.yml:6:11: error: 'strike' lists 10,001 items; a list holds at most 10,000", stderr, StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(temp, "r", "x.yml"), Rule(10_000));
            Assert.Equal(0, CommandLine.Run("check", Path.Combine(temp, "s"), "--rules", Path.Combine(temp, "r"), "--fail-on", "never").Code);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_command_answers_as_the_row_expects(string row)
    {
        var cells = Rows.Value[SpecTable.LineOf(row)];
        Assert.Equal(5, cells.Length);
        var temp = Directory.CreateTempSubdirectory("cc-bad-").FullName;
        try
        {
            foreach (var entry in cells[1].Split(" ; ", StringSplitOptions.RemoveEmptyEntries))
                Lay(temp, entry.Trim());
            var args = cells[2].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(a => a.Replace("$T", temp, StringComparison.Ordinal)).ToArray();
            // "--output=" is the one way a table cell can give an empty argument
            args = [.. args.SelectMany(a => a == "--output=" ? new[] { "--output", "" } : [a])];
            var (code, stdout, stderr) = CommandLine.Run(args);

            Assert.True(cells[3] == code.ToString(CultureInfo.InvariantCulture), $"exit {code}, expected {cells[3]}\nstdout: {Cut(stdout)}\nstderr: {stderr}");
            if (cells[4].Length > 0)
                Assert.Contains(cells[4].Replace("$T", temp, StringComparison.Ordinal), stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", stderr, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", stderr, StringComparison.Ordinal);
            if (code == 2 && !stderr.Contains("stories not checked (the report lists them)", StringComparison.Ordinal))
                Assert.Equal("", stdout);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static void Lay(string root, string entry)
    {
        if (entry.StartsWith("dir:", StringComparison.Ordinal))
        {
            Directory.CreateDirectory(Path.Combine(root, entry[4..]));
            return;
        }
        if (entry.StartsWith("fifo:", StringComparison.Ordinal))
        {
            var fifo = Path.Combine(root, entry[5..]);
            Directory.CreateDirectory(Path.GetDirectoryName(fifo)!);
            using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!;
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
            return;
        }
        if (entry.StartsWith("link:", StringComparison.Ordinal))
        {
            var (link, target) = (entry[5..entry.IndexOf("->", StringComparison.Ordinal)], entry[(entry.IndexOf("->", StringComparison.Ordinal) + 2)..]);
            var path = Path.Combine(root, link);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.CreateSymbolicLink(path, target);
            return;
        }
        var equals = entry.IndexOf('=', StringComparison.Ordinal);
        var file = Path.Combine(root, entry[..equals]);
        var text = entry[(equals + 1)..];
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllBytes(file, text.StartsWith("hex:", StringComparison.Ordinal)
            ? [.. text[4..].Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))]
            : Encoding.UTF8.GetBytes(text == "GOOD" ? Good : Unescape(text)));
    }

    private static string Unescape(string text) =>
        text.Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal)
            .Replace("\\t", "\t", StringComparison.Ordinal).Replace("\\0", "\0", StringComparison.Ordinal);

    private static string Cut(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
