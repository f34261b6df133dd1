using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Grouping;

/// <summary>
/// Sorts claims into groups of the same fact, in two steps. First, claims that fit together (the same fact by the
/// rule, and no contradiction) gather, each joining the group the most articles already back. Then groups that
/// disagree are merged, which makes a contradiction, only when each leans on the other as its one likeliest partner
/// (see <see cref="MergeDisagreeing"/>), and no article speaks in both: an article that gives two values in its text
/// knows of two facts, unless both name the place of one event (<see cref="FactPolicy.PlaceMakesOneFact"/>), one of them is
/// a heading over the other, or the rule's fact policy says one article states one fact twice (<see cref="FactPolicy.OneArticleOneFact"/>).
/// A group that could pair with several others alike is left apart and noted, since a wrong pairing reads as a
/// contradiction.
/// </summary>
internal sealed class ClaimGrouper
{
    private readonly Gazetteer _gazetteer;

    /// <summary>A grouper that compares places through <paramref name="gazetteer"/>.</summary>
    public ClaimGrouper(Gazetteer gazetteer) => _gazetteer = gazetteer;

    public (List<ClaimGroup> Groups, List<NotCompared> NotCompared) Group(IReadOnlyList<Claim> claims, IReadOnlyDictionary<string, Rule> rules)
    {
        var groups = new List<ClaimGroup>();
        var notCompared = new List<NotCompared>();
        var partitions = claims.Where(c => c.Subject is not null)
            .GroupBy(c => (Rule: rules[c.RuleId], Key: rules[c.RuleId].Facts.GroupKey(c)))
            .OrderBy(g => g.Key.Rule.Id, StringComparer.Ordinal).ThenBy(g => g.Key.Key, StringComparer.Ordinal);
        foreach (var partition in partitions)
        {
            var rule = partition.Key.Rule;
            // The most precise places first, so that "Ramstein Air Base, Germany" gathers both "Ramstein" and "Germany"
            var local = Gather(rule, [.. partition.Where(c => c.Place is not null).OrderByDescending(c => Places.Words(c.Place!).Count),
                .. partition.Where(c => c.Place is null)]);
            if (rule.Comparer.CanContradict)
            {
                MergeDisagreeing(rule, local);
                notCompared.AddRange(KeptApart(rule, local));
            }
            groups.AddRange(local.Select(g => new ClaimGroup(rule, Subject(g), g)));
        }
        return (groups, notCompared);
    }

    /// <summary>The claims of groups that could each pair with a disagreeing group, and were not: which one is open.</summary>
    private IEnumerable<NotCompared> KeptApart(Rule rule, List<List<Claim>> local)
    {
        foreach (var group in local)
        {
            var partners = local.Count(other => !ReferenceEquals(other, group) && Mergeable(rule, group, other));
            if (partners == 0)
                continue;
            var others = partners == 1 ? "another group of reports" : $"{partners} other groups of reports";
            foreach (var claim in group)
            {
                yield return new NotCompared(claim,
                    $"it was not compared with {others} of {rule.Describe(claim.Subject!)} that disagree with it: the text does not say which of them it speaks of");
            }
        }
    }

    /// <summary>
    /// The subject the most articles give (then the most claims, then the first in ordinal order): a group whose claims name
    /// their subject differently ("Kyiv", "Kiev"; the words of two speakers) is told under one.
    /// </summary>
    private static string Subject(List<Claim> group) =>
        group.GroupBy(c => c.Subject!, StringComparer.Ordinal)
            .OrderByDescending(g => g.Select(c => c.Article).Distinct().Count()).ThenByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;

    private List<List<Claim>> Gather(Rule rule, List<Claim> claims)
    {
        var local = new List<Gathering>();
        var blocks = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var found = new HashSet<int>();
        var candidates = new List<Gathering>();
        foreach (var claim in claims)
        {
            found.Clear();
            foreach (var key in rule.Facts.SoughtKeys(claim))
            {
                if (blocks.TryGetValue(key, out var holders))
                    found.UnionWith(holders);
            }
            // The group the most articles back wins, and of those the first made: weighed in that order, the first
            // that fits is the one a walk over every group would have chosen
            candidates.Clear();
            candidates.AddRange(found.Select(i => local[i]));
            candidates.Sort((x, y) => x.Articles.Count != y.Articles.Count ? y.Articles.Count.CompareTo(x.Articles.Count) : x.Index.CompareTo(y.Index));
            var best = candidates.Find(group =>
                (claim.Place is null || Places.MayBeSame(_gazetteer, group.Place, claim.Place))
                && group.RepresentativesFor(claim).All(c => rule.Facts.SameFact(c, claim) && (c.Value.SameAs(claim.Value) || rule.Comparer.Compare(c, claim).Verdict != Verdict.Contradict)));
            if (best is null)
                local.Add(best = new Gathering(claim, local.Count));
            else
                best.Add(claim);
            foreach (var key in rule.Facts.BlockingKeys(claim))
            {
                if (!blocks.TryGetValue(key, out var holders))
                    blocks.Add(key, holders = []);
                holders.Add(best.Index);
            }
        }
        return [.. local.Select(g => g.Members)];
    }

    /// <summary>
    /// A group as it gathers. A claim is weighed against a few claims of each kind the group holds, not against every
    /// member: claims that say the same thing, of the same subject, place, time and publication date, fit or do not fit
    /// alike (the rules' policies and comparers read nothing else), and a long run of one name or figure, or a story of
    /// thousands of articles that repeat one fact, would otherwise cost its length squared. Of each kind it keeps the
    /// claim of the first and of the last article in ordinal order, since a policy may look from the earlier of two
    /// claims to the later, and the first claim in each article, since a policy may treat two claims of one article
    /// otherwise.
    /// </summary>
    private sealed class Gathering
    {
        private readonly Dictionary<string, Kind> _kinds = new(StringComparer.Ordinal);

        public Gathering(Claim first, int index)
        {
            Index = index;
            Members = [];
            Articles = new HashSet<string>(StringComparer.Ordinal);
            Add(first);
        }

        /// <summary>Where the group stands in the order the groups were made.</summary>
        public int Index { get; }
        public List<Claim> Members { get; }
        public HashSet<string> Articles { get; }
        public string? Place { get; private set; }

        public void Add(Claim claim)
        {
            Members.Add(claim);
            Articles.Add(claim.Article.Id);
            var key = claim.Saying;
            if (_kinds.TryGetValue(key, out var kind))
                kind.Add(claim);
            else
                _kinds.Add(key, new Kind(claim));
            if (claim.Place is { } place && (Place is null || MorePrecise(place, Place)))
                Place = place;
        }

        /// <summary>The members that stand for all the others when <paramref name="claim"/> is weighed against the group.</summary>
        public IEnumerable<Claim> RepresentativesFor(Claim claim)
        {
            foreach (var kind in _kinds.Values)
            {
                if (kind.First.Article.Id != claim.Article.Id)
                    yield return kind.First;
                if (kind.Last.Article.Id != claim.Article.Id && kind.Last.Article.Id != kind.First.Article.Id)
                    yield return kind.Last;
                if (kind.InArticle.TryGetValue(claim.Article.Id, out var same))
                    yield return same;
            }
        }

        private static bool MorePrecise(string place, string than)
        {
            var (a, b) = (Places.Words(place).Count, Places.Words(than).Count);
            return a > b || (a == b && string.CompareOrdinal(place, than) < 0);
        }


        private sealed class Kind(Claim first)
        {
            public Claim First { get; private set; } = first;
            public Claim Last { get; private set; } = first;
            public Dictionary<string, Claim> InArticle { get; } = new(StringComparer.Ordinal) { [first.Article.Id] = first };

            public void Add(Claim claim)
            {
                InArticle.TryAdd(claim.Article.Id, claim);
                if (string.CompareOrdinal(claim.Article.Id, First.Article.Id) < 0)
                    First = claim;
                if (string.CompareOrdinal(claim.Article.Id, Last.Article.Id) > 0)
                    Last = claim;
            }
        }
    }

    /// <summary>
    /// Merges one group with its likeliest partners at a time, since a merge changes which groups the others may pair
    /// with. A group merges with its likeliest partners when each of them leans only on groups of that circle, and all
    /// of them may be one fact with each other: two groups that are each other's likeliest ("6" and "8"), several that
    /// lean on one ("6" backed by two outlets, "5" and "8" by one each), or a few that each give the fact another way
    /// ("40", "50" and "60" ships, one outlet each, if the rule finds them close enough to be one fact: "3", "14"
    /// and "41" arrested are likelier three scopes). A partner that also leans on a group outside the circle leaves
    /// it open which fact it speaks of, and nothing merges. Such circles are closed, so they never share a group and
    /// the order in which they are found does not change the result.
    /// </summary>
    private void MergeDisagreeing(Rule rule, List<List<Claim>> local)
    {
        while (true)
        {
            var likeliest = local.Select(g => Likeliest(rule, g, local)).ToList();
            var merged = false;
            for (var i = 0; i < local.Count && !merged; i++)
            {
                var partners = likeliest[i];
                var circle = new HashSet<List<Claim>>(partners, ReferenceEqualityComparer.Instance) { local[i] };
                if (partners.Count == 0 || !partners.TrueForAll(p => likeliest[local.IndexOf(p)].TrueForAll(circle.Contains)))
                    continue;
                if (partners.Count > 1 && !AllMergeable(rule, partners))
                    continue;
                // Without a centre that more articles back than each partner, a circle of disagreeing reports may be as many facts
                if (partners.Count > 1 && partners.Exists(p => Articles(p) >= Articles(local[i])) && !rule.Facts.MayBeOneFact([.. circle.SelectMany(g => g)]))
                    continue;
                var centre = local[i];
                foreach (var partner in partners)
                {
                    centre.AddRange(partner);
                    local.Remove(partner);
                }
                merged = true;
            }
            if (!merged)
                return;
        }
    }

    /// <summary>
    /// The groups this one most likely disagrees with about one fact: those backed by the most articles, and among
    /// them, when this group names a place, those that name one too (the place says it is the same event).
    /// </summary>
    private List<List<Claim>> Likeliest(Rule rule, List<Claim> group, List<List<Claim>> local)
    {
        List<List<Claim>> best = [];
        var bestScore = (Articles: 0, Placed: false);
        var placed = ClaimGroup.MostPrecisePlace(group) is not null;
        foreach (var other in local)
        {
            if (ReferenceEquals(other, group) || !Mergeable(rule, group, other))
                continue;
            var score = (Articles: Articles(other), Placed: placed && ClaimGroup.MostPrecisePlace(other) is not null);
            if (best.Count == 0 || score.Articles > bestScore.Articles || (score.Articles == bestScore.Articles && score.Placed && !bestScore.Placed))
                (best, bestScore) = ([other], score);
            else if (score == bestScore)
                best.Add(other);
        }
        return best;
    }

    private bool AllMergeable(Rule rule, List<List<Claim>> groups)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            for (var j = i + 1; j < groups.Count; j++)
            {
                if (!Mergeable(rule, groups[i], groups[j]))
                    return false;
            }
        }
        return true;
    }

    /// <summary>A heading and a claim of the section it opens.</summary>
    private static bool HeadingAndBody(Claim x, Claim y) => x.InHeading != y.InHeading && x.Section == y.Section;

    private static int Articles(List<Claim> group) => group.Select(c => c.Article).Distinct().Count();

    /// <summary>
    /// Whether two groups may be one fact that the outlets report differently: their most precise places may be one
    /// place (places are compared with those, not claim by claim), every pair of claims may be the same fact, no
    /// article speaks in both unless both groups name the place of one event, the article's two claims are a heading
    /// and a claim of its section, or the rule takes them for one fact stated twice, and at least one pair is of claims
    /// that can contradict (a plan and a later report of what happened cannot, so they alone never make a
    /// contradiction).
    /// </summary>
    private bool Mergeable(Rule rule, List<Claim> a, List<Claim> b)
    {
        var (p, q) = (ClaimGroup.MostPrecisePlace(a), ClaimGroup.MostPrecisePlace(b));
        if (!Places.MayBeSame(_gazetteer, p, q))
            return false;
        // An article that gives two values knows of two facts, unless a place says both are one event, or one of them
        // is a heading: a heading restates its article, so a heading that disagrees with the body contradicts it
        var oneArticleTwoFacts = p is null || q is null || !rule.Facts.PlaceMakesOneFact;
        var counted = false;
        foreach (var x in a)
        {
            foreach (var y in b)
            {
                if ((oneArticleTwoFacts && x.Article == y.Article && !HeadingAndBody(x, y) && !rule.Facts.OneArticleOneFact(x, y))
                    || !rule.Facts.SameFact(x, y))
                    return false;
                counted |= rule.Comparer.MayContradict(x, y);
            }
        }
        return counted;
    }
}
