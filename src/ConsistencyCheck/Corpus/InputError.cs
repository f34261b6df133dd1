namespace ConsistencyCheck.Corpus;

/// <summary>A problem in a user's file (article or rule), located precisely enough to fix it.</summary>
public readonly record struct InputError(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{Visible.Text(File)}:{Line}:{Column}: error: {Visible.Text(Message)}";
}
