namespace ConsistencyCheck.Tests.Specs;

/// <summary>The table rows of a spec in Specs/, which the spec tests read as their cases.</summary>
internal static class SpecTable
{
    /// <summary>Each table row's cells by the row's line number, header and separator rows left out.</summary>
    public static Dictionary<int, string[]> Rows(string specName)
    {
        var rows = new Dictionary<int, string[]>();
        var lines = File.ReadAllLines(Repository.Path("tests", "ConsistencyCheck.Tests", "Specs", specName));
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('|'))
                continue;
            var cells = line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
            if (cells[0] == "sentence" || cells.All(c => c.Length > 0 && c.Trim(':').All(ch => ch == '-')))
                continue;
            rows[i + 1] = cells;
        }
        return rows;
    }
}
