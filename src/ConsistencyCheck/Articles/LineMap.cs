namespace ConsistencyCheck.Articles;

/// <summary>Maps an offset in LF-normalised text to the 1-based line and column a user sees in an editor.</summary>
public sealed class LineMap
{
    private readonly string _text;
    private readonly int[] _lineStarts;

    public LineMap(string text)
    {
        _text = text;
        var starts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
        }
        _lineStarts = [.. starts];
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
            index = ~index - 1;
        var start = _lineStarts[index];
        // Columns count characters, not UTF-16 units: a surrogate pair is one column.
        var column = 1;
        for (var i = start; i < offset && i < _text.Length; i++)
        {
            if (!char.IsLowSurrogate(_text[i]))
                column++;
        }
        return (index + 1, column);
    }
}
