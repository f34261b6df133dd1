using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// What a draft's sources say of each of its claims, before it is published: the draft and its sources are checked as
/// one story, and only the findings that hold a claim of the draft are read. Most urgent first, as the report sorts.
/// </summary>
internal enum DraftStatus
{
    Contradicted,
    Variant,
    Updated,
    Confirmed,
    Compatible,
    Unconfirmed,
    NotCompared,
}

/// <summary>How one claim of a source, or of the draft itself, stands to a claim of the draft.</summary>
internal enum SourceRelation
{
    Contradicts,
    Variant,
    Later,
    Agrees,
    Compatible,
    Earlier,
}

/// <summary>A claim of a source that speaks of the same fact as a claim of the draft, the finding they share, and why they relate so.</summary>
internal sealed record SourceClaim(Claim Claim, SourceRelation Relation, Finding Finding, string? Reason);

/// <summary>
/// One claim of the draft, the finding that holds it (null when none does), what its sources say of it, and for a
/// running figure reported again after the draft, the latest report. <see cref="NotCompared"/> is why it was kept
/// apart from some claims, when it was.
/// </summary>
internal sealed record DraftClaim(Claim Claim, Finding? Finding, DraftStatus Status, IReadOnlyList<SourceClaim> Sources, Claim? Latest, string? NotCompared)
{
    /// <summary>What the claim speaks of, as its finding names it (with the place, when there is one).</summary>
    public string Subject => Finding?.Subject ?? Claim.Subject ?? "no subject";

    public IEnumerable<SourceClaim> With(SourceRelation relation) => Sources.Where(s => s.Relation == relation);

    /// <summary>The outlets that stand to the claim so, each once, in the order the sources were read.</summary>
    public List<string> Outlets(SourceRelation relation) => [.. With(relation).Select(s => s.Claim.Article.Outlet).Distinct(StringComparer.Ordinal)];
}

internal sealed class DraftReview
{
    private DraftReview(StoryReport report, Article draft, IReadOnlyList<DraftClaim> claims)
    {
        Report = report;
        Draft = draft;
        Claims = claims;
    }

    public StoryReport Report { get; }
    public Article Draft { get; }

    /// <summary>The draft's claims in the order they stand in it (line, then column).</summary>
    public IReadOnlyList<DraftClaim> Claims { get; }

    public IEnumerable<Article> Sources => Report.Story.Articles.Where(a => !ReferenceEquals(a, Draft));

    public int Count(DraftStatus status) => Claims.Count(c => c.Status == status);

    /// <summary>
    /// The review of the draft at <paramref name="draftPath"/> (its <see cref="Article.Path"/>: ids may repeat across
    /// folders, paths do not) in a checked story. A claim of a kind that reports only differences (a spelling) is
    /// left out when no finding holds it: its sources spell it alike, or none names it.
    /// </summary>
    public static DraftReview Of(StoryReport report, RuleSet rules, string draftPath)
    {
        var draft = report.Story.Articles.Single(a => a.Path == draftPath);
        var findingsOf = new Dictionary<Claim, List<Finding>>(ReferenceEqualityComparer.Instance);
        foreach (var finding in report.Findings)
        {
            foreach (var (claim, _) in finding.Claims.Where(c => c.Claim.Article.Path == draftPath))
            {
                if (!findingsOf.TryGetValue(claim, out var list))
                    findingsOf[claim] = list = [];
                if (!list.Contains(finding))
                    list.Add(finding);
            }
        }
        var notCompared = new Dictionary<Claim, string>(ReferenceEqualityComparer.Instance);
        foreach (var note in report.NotCompared)
            notCompared.TryAdd(note.Claim, note.Reason);
        var claims = new List<DraftClaim>();
        foreach (var claim in report.Claims.Where(c => c.Article.Path == draftPath)
            .OrderBy(c => c.Evidence.Line).ThenBy(c => c.Evidence.Column).ThenBy(c => c.RuleId, StringComparer.Ordinal).ThenBy(c => c.Subject, StringComparer.Ordinal))
        {
            var findings = findingsOf.GetValueOrDefault(claim) ?? [];
            if (findings.Count == 0 && claim.Subject is not null && rules.Find(claim.RuleId)?.Comparer.Reports(Verdict.Agree) == false)
                continue;
            claims.Add(Review(claim, findings, notCompared.GetValueOrDefault(claim)));
        }
        return new DraftReview(report, draft, claims);
    }

    private static DraftClaim Review(Claim claim, List<Finding> findings, string? notCompared)
    {
        if (claim.Subject is null)
            return new DraftClaim(claim, null, DraftStatus.NotCompared, [], null, null);
        var sources = new List<SourceClaim>();
        Claim? latest = null;
        foreach (var finding in findings)
        {
            var timeline = finding.Grounds.Timeline;
            if (finding.Grounds.Conflict is { } conflict && finding.Claims.Any(c => ReferenceEquals(c.Claim, claim)))
                sources.Add(new SourceClaim(claim, SourceRelation.Contradicts, finding, conflict));
            foreach (var (other, _) in finding.Claims.Where(c => !ReferenceEquals(c.Claim, claim)))
            {
                var comparison = finding.Rule.Comparer.Compare(claim, other);
                var sameArticle = other.Article.Path == claim.Article.Path;
                SourceRelation? relation = comparison.Verdict switch
                {
                    Verdict.Agree => SourceRelation.Agrees,
                    Verdict.Compatible => SourceRelation.Compatible,
                    Verdict.Variant => SourceRelation.Variant,
                    // A running figure reported as it moved: the order of the reports, not their values, says which stands
                    Verdict.Contradict when timeline is not null => Later(timeline, claim, other) ? SourceRelation.Later : SourceRelation.Earlier,
                    // A plan and a later report of what happened differ without contradicting
                    Verdict.Contradict when !finding.Rule.Comparer.MayContradict(claim, other) => null,
                    // The draft saying two things is its own contradiction (an internal finding); it is no source's
                    Verdict.Contradict when sameArticle && finding.Verdict != Verdict.Internal => null,
                    Verdict.Contradict => SourceRelation.Contradicts,
                    _ => null,
                };
                // The draft repeating itself confirms nothing
                if (relation is null || (sameArticle && relation != SourceRelation.Contradicts))
                    continue;
                sources.Add(new SourceClaim(other, relation.Value, finding, comparison.Reason));
            }
            if (timeline is not null && !ReferenceEquals(timeline.Latest, claim) && Later(timeline, claim, timeline.Latest)
                && timeline.Latest.Article.Path != claim.Article.Path && finding.Rule.Comparer.Compare(claim, timeline.Latest).Verdict == Verdict.Contradict)
                latest = timeline.Latest;
        }
        var status = sources.Any(s => s.Relation == SourceRelation.Contradicts) ? DraftStatus.Contradicted
            : sources.Any(s => s.Relation == SourceRelation.Variant) ? DraftStatus.Variant
            : latest is not null ? DraftStatus.Updated
            : sources.Any(s => s.Relation == SourceRelation.Agrees) ? DraftStatus.Confirmed
            : sources.Any(s => s.Relation is SourceRelation.Compatible or SourceRelation.Earlier or SourceRelation.Later) ? DraftStatus.Compatible
            : DraftStatus.Unconfirmed;
        return new DraftClaim(claim, findings.FirstOrDefault(), status, sources, latest, notCompared);
    }

    private static bool Later(Timeline timeline, Claim draft, Claim other) =>
        IndexOf(timeline, other) > IndexOf(timeline, draft);

    private static int IndexOf(Timeline timeline, Claim claim)
    {
        for (var i = 0; i < timeline.InOrder.Count; i++)
        {
            if (ReferenceEquals(timeline.InOrder[i], claim))
                return i;
        }
        return -1;
    }
}
