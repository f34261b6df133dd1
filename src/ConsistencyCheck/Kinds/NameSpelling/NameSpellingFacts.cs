using ConsistencyCheck.Claims;
using ConsistencyCheck.Grouping;

namespace ConsistencyCheck.Kinds.NameSpelling;

/// <summary>One name: the same key once transliterations are folded.</summary>
internal sealed class NameSpellingFacts : FactPolicy
{
    public override bool SameFact(Claim a, Claim b) => a.Subject == b.Subject;
}
