namespace ConsistencyCheck.Articles;

/// <summary>Maps an offset in LF-normalised text to the 1-based line and column a user sees in an editor.</summary>
public sealed class LineMap
{
    private readonly int[] _lineStarts;

    // Where the second halves of surrogate pairs stand: a pair is one column, and counting them char by char from the
    // line's start would cost a long line's length for every position asked.
    private readonly int[] _lowSurrogates;

    public LineMap(string text)
    {
        var starts = new List<int> { 0 };
        var surrogates = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\n')
                starts.Add(i + 1);
            else if (char.IsLowSurrogate(text[i]))
                surrogates.Add(i);
        }
        _lineStarts = [.. starts];
        _lowSurrogates = [.. surrogates];
    }

    /// <summary>How many low surrogates stand before the offset.</summary>
    private int Before(int offset)
    {
        var index = Array.BinarySearch(_lowSurrogates, offset);
        return index < 0 ? ~index : index;
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = Array.BinarySearch(_lineStarts, offset);
        if (index < 0)
            index = ~index - 1;
        var start = _lineStarts[index];
        // Columns count characters, not UTF-16 units: a surrogate pair is one column.
        return (index + 1, 1 + offset - start - (Before(offset) - Before(start)));
    }
}
