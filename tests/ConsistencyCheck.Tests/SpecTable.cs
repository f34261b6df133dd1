using System.Globalization;
using Xunit;

namespace ConsistencyCheck.Tests;

/// <summary>
/// The Markdown tables of the spec files, which the spec tests run row by row: a kind's table stands in its folder
/// (Kinds/Quantity/Quantities.md), the shared layers' in Specs/. Rows are keyed by their line in the file, so a test
/// case named "Dates.md:42" points straight at its row.
/// </summary>
internal static class SpecTable
{
    public static string[] Lines(string spec) => File.ReadAllLines(Path(spec));

    /// <summary>The one spec file of this name in the test project, wherever its folder is.</summary>
    private static string Path(string spec) =>
        Directory.GetFiles(Repository.Path("tests", "ConsistencyCheck.Tests"), spec, SearchOption.AllDirectories)
            .Single(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}", StringComparison.Ordinal));

    /// <summary>Every table row of the spec by line number; the header row (its first cell is <paramref name="header"/>) and separator rows left out.</summary>
    public static Dictionary<int, string[]> Rows(string spec, string header)
    {
        var rows = new Dictionary<int, string[]>();
        var lines = Lines(spec);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Cells(lines[i], header) is { } cells)
                rows[i + 1] = cells;
        }
        return rows;
    }

    /// <summary>The trimmed cells of a table row; null for a line that is no row, the header row and a separator row.</summary>
    public static string[]? Cells(string line, string header)
    {
        line = line.Trim();
        if (!line.StartsWith('|'))
            return null;
        var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
        return cells[0] == header || cells.All(c => c.Length > 0 && c.Trim(':').All(ch => ch == '-')) ? null : cells;
    }

    /// <summary>The theory cases of a spec's rows, named "Spec.md:42" so that a failure points at its row.</summary>
    public static TheoryData<string> Cases(string spec, IEnumerable<int> lines)
    {
        var data = new TheoryData<string>();
        foreach (var line in lines)
            data.Add($"{spec}:{line}");
        return data;
    }

    /// <summary>The row's line number back from a case name made by <see cref="Cases"/>.</summary>
    public static int LineOf(string row) => int.Parse(row.AsSpan(row.IndexOf(':', StringComparison.Ordinal) + 1), CultureInfo.InvariantCulture);
}
