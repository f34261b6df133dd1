using ConsistencyCheck.Claims;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Verdicts;

/// <summary>One verdict on one fact, with the claims it rests on.</summary>
public sealed class Finding
{
    public Finding(string id, Rule rule, string subject, Verdict verdict, Severity severity, Grounds grounds, IReadOnlyList<PositionedClaim> claims)
    {
        Id = id;
        Rule = rule;
        Subject = subject;
        Verdict = verdict;
        Severity = severity;
        Grounds = grounds;
        Claims = claims;
    }

    /// <summary>
    /// A stable fingerprint, <c>rule/subject-slug/hash</c>: the hash covers each claim's article and normalised value,
    /// never its line or column, so moving text keeps it.
    /// </summary>
    public string Id { get; }
    public Rule Rule { get; }
    public string Subject { get; }
    public Verdict Verdict { get; }
    public Severity Severity { get; }

    /// <summary>What the verdict rests on; the reports write it in words (<c>FindingMessage</c>).</summary>
    public Grounds Grounds { get; }
    public IReadOnlyList<PositionedClaim> Claims { get; }
}

/// <summary>A claim in a finding; claims that say the same thing share a position, 1 being held by the most outlets.</summary>
public readonly record struct PositionedClaim(Claim Claim, int Position);
