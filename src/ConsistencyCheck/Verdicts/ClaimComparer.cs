using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Verdicts;

/// <summary>How two claims of one fact relate, with a reason: the judge asks only this.</summary>
public abstract class ClaimComparer
{
    public abstract Comparison Compare(Claim a, Claim b);

    /// <summary>
    /// Whether two claims of one fact that disagree contradict each other. A plan stated before the event is not
    /// contradicted by a later report of what happened: plans change.
    /// </summary>
    public virtual bool MayContradict(Claim a, Claim b) => true;

    /// <summary>False for a kind whose claims never contradict (spelling checks): the grouper then only gathers.</summary>
    public virtual bool CanContradict => true;

    /// <summary>
    /// The claims of one fact in the order of their moments, when that order explains their disagreement: a running
    /// figure (a toll, a count of missing) reported as it moved. Null when the kind has no running figures, or when
    /// a report goes against the order or two reports of one moment disagree: those stay contradictions.
    /// </summary>
    public virtual Timeline? Timeline(IReadOnlyList<Claim> claims) => null;

    /// <summary>Whether a finding with this verdict is worth reporting; a kind that checks only spelling shows only its variants.</summary>
    public virtual bool Reports(Verdict verdict) => true;
}
