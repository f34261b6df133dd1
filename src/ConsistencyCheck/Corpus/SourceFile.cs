namespace ConsistencyCheck.Corpus;

/// <summary>One file as the caller read it: the path to show in reports and its raw bytes.</summary>
public sealed record SourceFile(string Path, byte[] Content);
