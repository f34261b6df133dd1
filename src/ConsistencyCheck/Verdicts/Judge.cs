using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Verdicts;

/// <summary>
/// Gives each group one verdict from the pairwise comparisons of its claims. Claims that agree form a position;
/// a contradiction is always between positions, and between articles unless one article says both.
/// </summary>
internal static class Judge
{
    public static Finding Decide(Story story, ClaimGroup group)
    {
        var rule = group.Rule;
        var positions = Positions(story, group);
        Comparison? contradiction = null;
        Comparison? internalContradiction = null;
        Comparison? variant = null;
        Comparison? compatible = null;
        for (var p = 0; p < positions.Count; p++)
        {
            for (var q = p + 1; q < positions.Count; q++)
            {
                var comparison = rule.Comparer.Compare(positions[p][0], positions[q][0]);
                switch (comparison.Verdict)
                {
                    case Verdict.Contradict when Contending(rule, positions[p], positions[q], crossArticle: true) is { } across:
                        contradiction ??= across;
                        break;
                    case Verdict.Contradict when Contending(rule, positions[p], positions[q], crossArticle: false) is { } within:
                        internalContradiction ??= within;
                        break;
                    case Verdict.Variant:
                        variant ??= comparison;
                        break;
                    case Verdict.Compatible:
                        compatible ??= comparison;
                        break;
                }
            }
        }

        var outlets = group.Claims.Select(c => c.Article.Outlet).Distinct(StringComparer.Ordinal).Count();
        // Reports of a running figure that differ because they were made at different moments are an update
        var timeline = contradiction is not null && internalContradiction is null ? rule.Comparer.Timeline(group.Claims) : null;
        var (verdict, reason) = timeline is not null ? (Verdict.Updated, timeline.Reason)
            : contradiction is { } c1 ? (Verdict.Contradict, c1.Reason)
            : internalContradiction is { } c2 ? (Verdict.Internal, c2.Reason)
            : outlets == 1 ? (Verdict.Single, null)
            : variant is { } c3 ? (Verdict.Variant, c3.Reason)
            : compatible is { } c4 ? (Verdict.Compatible, c4.Reason)
            : (Verdict.Agree, (string?)null);

        var subject = group.Place is { } place ? $"{group.Subject} in {place}" : group.Subject;
        var dissenting = verdict == Verdict.Contradict ? Dissenting(rule, positions) : [];
        var claims = positions.SelectMany((members, index) => members.Select(m => new PositionedClaim(m, index + 1))).ToList();
        return new Finding(FindingId(rule.Id, subject, claims), rule, subject, verdict, SeverityOf(verdict, rule),
            new Grounds(group.Subject, group.Place, reason, dissenting) { Timeline = timeline }, claims);
    }

    /// <summary>A finding for a date expression that contradicts itself, such as a weekday that does not match its date.</summary>
    public static Finding SelfContradiction(Claim claim, Rule rule)
    {
        var subject = claim.Subject ?? rule.SelfContradictionSubject;
        List<PositionedClaim> claims = [new PositionedClaim(claim, 1)];
        return new Finding(FindingId(rule.Id, subject + "-self", claims), rule, subject, Verdict.Internal, rule.Severity,
            new Grounds(subject, null, null, [], claim.Conflict), claims);
    }

    private static Severity SeverityOf(Verdict verdict, Rule rule) =>
        verdict is Verdict.Contradict or Verdict.Internal or Verdict.Variant ? rule.Severity : Severity.Info;

    private static List<List<Claim>> Positions(Story story, ClaimGroup group)
    {
        var positions = new List<List<Claim>>();
        foreach (var claim in group.Claims.OrderBy(c => story.ReadingPosition(c.Article.Path)).ThenBy(c => c.Evidence.Span.Start))
        {
            var same = positions.FirstOrDefault(p => p[0].Value.SameAs(claim.Value) || group.Rule.Comparer.Compare(p[0], claim).Verdict == Verdict.Agree);
            if (same is null)
                positions.Add([claim]);
            else
                same.Add(claim);
        }
        // A position is told by the wording the most outlets give it ("NATO Secretary General", not the one outlet's
        // "NATO chief"), whichever article happens to be read first.
        positions = [.. positions.Select(p => p
            .GroupBy(c => c.Value.Describe(), StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(c => c.Article.Outlet).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(g => g.Count())
            .ThenBy(g => story.ReadingPosition(g.First().Article.Path))
            .SelectMany(g => g)
            .ToList())];
        return [.. positions
            .OrderByDescending(p => p.Select(c => c.Article.Outlet).Distinct(StringComparer.Ordinal).Count())
            .ThenByDescending(p => p.Count)
            .ThenBy(p => story.ReadingPosition(p[0].Article.Path)).ThenBy(p => p[0].Evidence.Span.Start)];
    }

    /// <summary>
    /// Two claims of two disagreeing positions that can contradict each other, from different articles if asked: a
    /// plan and a later report of what happened disagree without contradicting.
    /// </summary>
    private static Comparison? Contending(Rule rule, List<Claim> a, List<Claim> b, bool crossArticle)
    {
        // Claims that say the same in one article answer alike: a sentence repeated a thousand times is weighed once
        foreach (var x in OnePerKind(a))
        {
            foreach (var y in OnePerKind(b))
            {
                if (x.Article == y.Article != crossArticle && rule.Comparer.MayContradict(x, y) && rule.Comparer.Compare(x, y) is { Verdict: Verdict.Contradict } comparison)
                    return comparison;
            }
        }
        return null;
    }

    private static IEnumerable<Claim> OnePerKind(List<Claim> claims)
    {
        if (claims.Count < 8)
            return claims;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        return claims.Where(c => seen.Add(c.Article.Id + '\u0001' + c.Saying));
    }

    /// <summary>
    /// The positions (numbered from 1) that contradict the first, the one the most outlets hold; none when every
    /// position fits the first and the clash is between two of the others.
    /// </summary>
    private static List<int> Dissenting(Rule rule, List<List<Claim>> positions) =>
        [.. positions.Select((p, i) => (p, i)).Skip(1)
            .Where(x => rule.Comparer.Compare(positions[0][0], x.p[0]).Verdict == Verdict.Contradict)
            .Select(x => x.i + 1)];

    /// <summary>
    /// A fingerprint of what the finding says, not of where it stands: the rule, the subject, and each claim's article
    /// and normalised value, so that moving text (a line inserted above, a paragraph moved) keeps it, a baseline or an
    /// accepted finding still finds it, and a changed value gives a new one. Two findings of one story with the same
    /// fingerprint are told apart by <see cref="Distinct"/>.
    /// </summary>
    private static string FindingId(string rule, string subject, IEnumerable<PositionedClaim> claims)
    {
        // FNV-1a: stable across runs and machines, unlike string.GetHashCode.
        var hash = 2166136261u;
        foreach (var key in claims.Select(c => Fingerprint(c.Claim)).Order(StringComparer.Ordinal))
        {
            foreach (var ch in key)
                hash = (hash ^ ch) * 16777619u;
            hash = (hash ^ '|') * 16777619u;
        }
        return $"{rule}/{Slug(subject)}/{hash.ToString("x8", CultureInfo.InvariantCulture)}";
    }

    private static string Fingerprint(Claim claim) => string.Join('\u0001',
        [claim.Article.Id, claim.Value.GetType().Name,
         .. claim.Value.Normalized.Select(Field),
         .. (claim.When?.Normalized ?? []).Select(Field)]);

    private static string Field(NormalizedField field) => field.Name + "=" + Convert.ToString(field.Value, CultureInfo.InvariantCulture);

    /// <summary>
    /// The findings, in report order, with a fingerprint that two of them share made unique by a suffix (-2, -3, …) in
    /// that order: such findings say the same thing in the same articles, and differ only in where they stand.
    /// </summary>
    public static List<Finding> Distinct(List<Finding> findings)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var distinct = new List<Finding>(findings.Count);
        foreach (var finding in findings)
        {
            var count = seen.TryGetValue(finding.Id, out var before) ? before + 1 : 1;
            seen[finding.Id] = count;
            distinct.Add(count == 1 ? finding
                : new Finding($"{finding.Id}-{count.ToString(CultureInfo.InvariantCulture)}", finding.Rule, finding.Subject, finding.Verdict,
                    finding.Severity, finding.Grounds, finding.Claims));
        }
        return distinct;
    }

    private static string Slug(string text)
    {
        var folded = Places.Fold(text);
        var chars = folded.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }
}
