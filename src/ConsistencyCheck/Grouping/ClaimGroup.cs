using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Grouping;

/// <summary>The claims, across articles, that speak of the same fact at the same time.</summary>
public sealed class ClaimGroup
{
    public ClaimGroup(Rule rule, string subject, List<Claim> claims)
    {
        Rule = rule;
        Subject = subject;
        Claims = claims;
    }

    public Rule Rule { get; }
    public string Subject { get; }
    public List<Claim> Claims { get; }

    /// <summary>The most specific place any claim names, for the subject's label.</summary>
    public string? Place => MostPrecisePlace(Claims);

    internal static string? MostPrecisePlace(List<Claim> claims) => claims.Select(c => c.Place).Where(p => p is not null)
        .OrderByDescending(p => Places.Words(p!).Count).ThenBy(p => p, StringComparer.Ordinal).FirstOrDefault();
}

/// <summary>A claim left out of every comparison, and why: better unchecked than wrongly contradicted.</summary>
public sealed record NotCompared(Claim Claim, string Reason);
