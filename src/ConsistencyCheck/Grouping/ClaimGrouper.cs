using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Grouping;

/// <summary>
/// Sorts claims into groups of the same fact. Claims that name their place are grouped first; a claim that does
/// not is then attached only where that is unambiguous, since a wrong attachment would read as a contradiction.
/// </summary>
public static class ClaimGrouper
{
    public static (List<ClaimGroup> Groups, List<NotCompared> NotCompared) Group(IReadOnlyList<Claim> claims)
    {
        var groups = new List<ClaimGroup>();
        var notCompared = new List<NotCompared>();
        var partitions = claims.Where(c => c.Subject is not null)
            .GroupBy(c => (c.Rule, c.Subject!))
            .OrderBy(g => g.Key.Rule.Id, StringComparer.Ordinal).ThenBy(g => g.Key.Item2, StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var rule = partition.Key.Rule;
            var local = new List<ClaimGroup>();
            foreach (var claim in partition.Where(c => c.Place is not null))
            {
                var home = local.FirstOrDefault(g => g.Claims.TrueForAll(c => rule.SameFact(c, claim)));
                if (home is null)
                    local.Add(new ClaimGroup(rule, partition.Key.Item2, [claim]));
                else
                    home.Claims.Add(claim);
            }
            foreach (var claim in partition.Where(c => c.Place is null))
            {
                var candidates = local.Where(g => g.Claims.TrueForAll(c => rule.SameFact(c, claim))).ToList();
                var fitting = candidates.FirstOrDefault(g => g.Claims.TrueForAll(c => rule.Compare(c, claim).Verdict != Verdict.Contradict));
                if (fitting is not null)
                    fitting.Claims.Add(claim);
                else if (candidates.Count == 1 && claim.Definite)
                    candidates[0].Claims.Add(claim);
                else if (candidates.Count == 0)
                    local.Add(new ClaimGroup(rule, partition.Key.Item2, [claim]));
                else
                    notCompared.Add(new NotCompared(claim, candidates.Count == 1
                        ? $"it names no place and speaks of a {partition.Key.Item2}, not of the one reported elsewhere, so it may be another {partition.Key.Item2}"
                        : $"it names no place and could be any of {candidates.Count} different {partition.Key.Item2} events"));
            }
            groups.AddRange(local);
        }
        return (groups, notCompared);
    }
}
