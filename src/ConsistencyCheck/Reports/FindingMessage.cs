using ConsistencyCheck.Claims;
using ConsistencyCheck.Verdicts;
using Humanizer;

namespace ConsistencyCheck.Reports;

/// <summary>
/// A finding in sentences, written from its grounds and its positions: the one wording of a verdict, which every
/// report format prints.
/// </summary>
public static class FindingMessage
{
    public static string Message(this Finding finding)
    {
        var grounds = finding.Grounds;
        if (grounds.Conflict is { } conflict)
            return $"{finding.Claims[0].Claim.Article.Outlet} writes {conflict}. Decided by rule {finding.Rule.Id}.";
        var positions = finding.Claims.GroupBy(c => c.Position).Select(g => g.Select(c => c.Claim).ToList()).ToList();
        var label = finding.Rule.Describe(grounds.Subject) + (grounds.Place is { } where ? $" in {where}" : "");
        var reason = grounds.Reason;
        var said = positions.Select(p => $"{Outlets(p)} {Say(p)} {p[0].Value.Describe()}").ToList();
        var sentence = finding.Verdict switch
        {
            Verdict.Agree => $"{Outlets(positions[0])} agree on {label}: {positions[0][0].Value.Describe()}.",
            Verdict.Single when positions.Count == 1 => $"Only {Outlets(positions[0])} gives {label}: {positions[0][0].Value.Describe()} (unconfirmed).",
            Verdict.Single => $"Only {Outlets(positions[0])} gives {label}, in different precision: {string.Join("; ", positions.Select(p => p[0].Value.Describe()))} (unconfirmed).",
            Verdict.Compatible => $"For {label}, {string.Join("; ", said)}: these fit together at different precision, as {reason}.",
            Verdict.Variant => $"For {label}, {string.Join("; ", said)}: the same fact written differently, as {reason}.",
            Verdict.Updated => $"For {label}, {reason}.",
            Verdict.Internal => $"{Outlets(positions[0])} gives {label} as both {string.Join(" and ", positions.Select(p => p[0].Value.Describe()))}, which cannot both be true: {reason}.",
            _ => Dissent(label, positions, grounds),
        };
        return $"{sentence} Decided by rule {finding.Rule.Id}.";
    }

    /// <summary>The latest value of a running figure with its source and moment: "48 people (Harbour Times, 14 March 2025 18:10)".</summary>
    public static string? Latest(this Finding finding)
    {
        if (finding.Grounds.Timeline is not { Latest: var latest })
            return null;
        return $"{finding.Rule.Describe(finding.Grounds.Subject)}: {latest.Value.Describe()} ({latest.Article.Outlet}, {latest.Article.Moment})";
    }

    /// <summary>
    /// A contradiction told as the editor needs it: what the most outlets say, with the other ways they word it, and
    /// the odd ones out ("4 outlets say NATO Secretary General (also given as NATO chief); Obasanjo News says NATO
    /// commander").
    /// </summary>
    private static string Dissent(string label, List<List<Claim>> positions, Grounds grounds)
    {
        if (grounds.Dissenting.Count == 0)
        {
            // The clash is between two readings that each fit the first ("July": "11 July", "20 July"): say them all
            return $"For {label}, {string.Join(", but ", positions.Select(p => $"{Outlets(p)} {Say(p)} {p[0].Value.Describe()}"))}; {grounds.Reason}.";
        }
        var backing = positions.Where((_, i) => !grounds.Dissenting.Contains(i + 1)).ToList();
        var odd = positions.Where((_, i) => grounds.Dissenting.Contains(i + 1)).ToList();
        var majority = backing.SelectMany(p => p).ToList();
        var also = backing.Skip(1).Select(p => p[0].Value.Describe()).Distinct(StringComparer.Ordinal).ToList();
        var alsoText = also.Count == 0 ? "" : $" (also given as {string.Join("; ", also)})";
        var others = string.Join(", and ", odd.Select(p => $"{Outlets(p)} {Say(p)} {p[0].Value.Describe()}"));
        return $"For {label}, {Outlets(majority)} {Say(majority)} {positions[0][0].Value.Describe()}{alsoText}, but {others}; {grounds.Reason}.";
    }

    private static string Outlets(List<Claim> claims)
    {
        var names = claims.Select(c => c.Article.Outlet).Distinct(StringComparer.Ordinal).ToList();
        return names.Count >= 3 ? $"{names.Count} outlets ({names.Humanize("and")})" : names.Humanize("and");
    }

    private static string Say(List<Claim> claims) =>
        claims.Select(c => c.Article.Outlet).Distinct(StringComparer.Ordinal).Count() == 1 ? "says" : "say";
}
