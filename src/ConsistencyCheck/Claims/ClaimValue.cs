namespace ConsistencyCheck.Claims;

/// <summary>The normalised value of a claim; each rule kind has its own.</summary>
public abstract class ClaimValue
{
    /// <summary>The fields of the report's <c>normalized</c> object, in a fixed order.</summary>
    public abstract IReadOnlyList<NormalizedField> Normalized { get; }

    /// <summary>The value in plain words for reasons ("Friday 21 April 2023").</summary>
    public abstract string Describe();

    /// <summary>
    /// Whether the other value says exactly this (the same interval, the same words): such values agree without a
    /// comparison, which writes its reason in words and is the cost of grouping long stories.
    /// </summary>
    public virtual bool SameAs(ClaimValue other) => false;

    /// <summary>Whether the value is a figure the number scanner finds, so that the report can say which figures were checked.</summary>
    public virtual bool IsFigure => false;

    /// <summary>How the value was derived, for reasons ("Friday, future tense, from Thursday 20 April 2023").</summary>
    public virtual string? Resolution => null;
}
