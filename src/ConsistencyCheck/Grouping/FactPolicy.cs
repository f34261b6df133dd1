using ConsistencyCheck.Claims;

namespace ConsistencyCheck.Grouping;

/// <summary>
/// What makes two claims of a rule one fact: the subject, the time, the place, the owner… The grouper asks only this
/// (and the rule's comparer, where it must know whether two claims fit together).
/// </summary>
public abstract class FactPolicy
{
    /// <summary>
    /// Which claims the grouper weighs against each other at all: by default those of one subject. A kind whose facts
    /// can cross subjects (the same words given to two speakers) widens it, and <see cref="SameFact"/> decides.
    /// </summary>
    public virtual string GroupKey(Claim claim) => claim.Subject!;

    /// <summary>
    /// The keys a claim is filed under, so that others find it: the grouper weighs a claim only against groups holding
    /// a claim filed under one of the claim's <see cref="SoughtKeys"/>. Any two claims that <see cref="SameFact"/> may join
    /// must meet so, one way or the other; then a group key that spans many subjects does not make a story of thousands
    /// of articles cost its claims squared. By default one key: every claim of a group key is weighed.
    /// </summary>
    public virtual IEnumerable<string> BlockingKeys(Claim claim) => [""];

    /// <summary>The keys under which a claim looks for the claims it may join: by default its own.</summary>
    public virtual IEnumerable<string> SoughtKeys(Claim claim) => BlockingKeys(claim);

    /// <summary>Whether two claims of one group key may speak of the same fact (the same event, the same moment).</summary>
    public abstract bool SameFact(Claim a, Claim b);

    /// <summary>
    /// Whether two claims of one article may be one fact it states twice, so that their disagreement is the article's
    /// own. By default not: an article that gives two values knows of two facts (two tolls, two meetings).
    /// </summary>
    public virtual bool OneArticleOneFact(Claim a, Claim b) => false;

    /// <summary>
    /// Whether two claims of one article that name one place are one fact (an event: "the summit in Vilnius" twice is
    /// one summit). Not for figures: "12 killed in Kharkiv" and later "15 killed in Kharkiv" may be two moments.
    /// </summary>
    public virtual bool PlaceMakesOneFact => true;

    /// <summary>
    /// Whether several one-outlet reports that each disagree with all the others may still be one fact some of them get
    /// wrong, rather than several facts the text does not tell apart. By default yes; figures must lie close together.
    /// </summary>
    public virtual bool MayBeOneFact(IReadOnlyList<Claim> claims) => true;
}
