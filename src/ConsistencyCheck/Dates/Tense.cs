namespace ConsistencyCheck.Dates;

/// <summary>The time a clause speaks of, which decides whether a bare "Friday" or "July" looks back or ahead.</summary>
internal enum Tense : byte
{
    Unknown,
    Past,
    Present,
    Future,
}
