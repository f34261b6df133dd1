using ConsistencyCheck.Articles;

namespace ConsistencyCheck.Claims;

/// <summary>Where a claim stands: enough for a reviewer to open the file and find it by hand.</summary>
public readonly record struct Evidence(string Path, int Line, int Column, TextSpan Span, string Sentence);
