namespace ConsistencyCheck.Verdicts;

/// <summary>How two claims of one fact relate (agree, compatible, variant or contradict), and why in words.</summary>
public readonly record struct Comparison(Verdict Verdict, string Reason);
