using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Rules;

/// <summary>
/// A rule read from one YAML file: what fact to look for, how to recognise it, and when two reports of it agree.
/// Each rule kind is a subclass that decodes its own settings.
/// </summary>
public abstract class Rule
{
    protected Rule(RuleHeader header) => Header = header;

    public RuleHeader Header { get; }
    public string Id => Header.Id;
    public string Kind => Header.Kind;
    public Severity Severity => Header.Severity;

    /// <summary>Appends the claims this rule finds in the article, in document order.</summary>
    public void Extract(Article article, List<Claim> claims) => Extract(new ArticleAnalysis(article, LanguagePack.Bundled), claims);

    /// <summary>The same from the article's analysis, which the checker makes once for all the rules.</summary>
    internal abstract void Extract(ArticleAnalysis article, List<Claim> claims);

    /// <summary>
    /// Which claims the grouper weighs against each other at all: by default those of one subject. A rule whose facts
    /// can cross subjects (the same words given to two speakers) widens it, and <see cref="SameFact"/> decides.
    /// </summary>
    public virtual string GroupKey(Claim claim) => claim.Subject!;

    /// <summary>Whether two claims of one group key may speak of the same fact (the same event, the same moment).</summary>
    public abstract bool SameFact(Claim a, Claim b);

    public abstract Comparison Compare(Claim a, Claim b);

    /// <summary>
    /// Whether two claims of one fact that disagree contradict each other. A plan stated before the event is not
    /// contradicted by a later report of what happened: plans change.
    /// </summary>
    public virtual bool MayContradict(Claim a, Claim b) => true;

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

    /// <summary>False for a rule whose claims never contradict (spelling checks): the grouper then only gathers.</summary>
    public virtual bool CanContradict => true;

    /// <summary>Whether a finding with this verdict is worth reporting; a rule that checks only spelling shows only its variants.</summary>
    public virtual bool Reports(Verdict verdict) => true;

    /// <summary>The subject in words, for messages ("the date of the summit").</summary>
    public abstract string Describe(string subject);

    /// <summary>The names a rule test may check besides value, subject and place.</summary>
    public abstract IReadOnlyList<string> NormalizedKeys { get; }
}

/// <summary>The keys every rule has, whatever its kind.</summary>
public sealed record RuleHeader(
    string Id,
    string Kind,
    string Description,
    Severity Severity,
    bool Enabled,
    string File,
    IReadOnlyList<RuleTest> Tests);
