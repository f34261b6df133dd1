using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Grouping;
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

    /// <summary>What makes two of its claims one fact; the grouper asks only this.</summary>
    public abstract FactPolicy Facts { get; }

    /// <summary>How two of its claims of one fact relate; the judge asks only this.</summary>
    public abstract ClaimComparer Comparer { get; }

    /// <summary>The subject in words, for messages ("the date of the summit").</summary>
    public abstract string Describe(string subject);

    /// <summary>The names a rule test may check besides value, subject and place.</summary>
    public abstract IReadOnlyList<string> NormalizedKeys { get; }

    /// <summary>What a claim with no subject is about when it contradicts itself: a date's weekday, a figure's conversion.</summary>
    public virtual string SelfContradictionSubject => "calendar";
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
