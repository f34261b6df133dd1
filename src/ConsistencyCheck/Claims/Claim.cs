using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;

namespace ConsistencyCheck.Claims;

/// <summary>One article's statement of one fact, as a rule recognised it.</summary>
public sealed class Claim
{
    public Claim(string ruleId, string kind, Article article, string? subject, string? place, ClaimValue value,
        string valueText, string matchedText, Evidence evidence, string? conflict = null, ReportedDate? when = null)
    {
        RuleId = ruleId;
        Kind = kind;
        Article = new ArticleRef(article.Id, article.Path, article.Outlet, article.Published) { PublishedTime = article.FrontMatter.PublishedTime };
        Subject = subject;
        Place = place;
        Value = value;
        ValueText = valueText;
        MatchedText = matchedText;
        Evidence = evidence;
        Conflict = conflict;
        When = when;
        if (article.SentenceAt(evidence.Span.Start) is { } sentence)
            (InHeading, Section) = (sentence.IsHeading, sentence.Section);
    }

    /// <summary>The id of the rule that recognised the claim.</summary>
    public string RuleId { get; }

    /// <summary>The rule's kind of fact ("event-date").</summary>
    public string Kind { get; }

    public ArticleRef Article { get; }

    /// <summary>What the claim is about (an event type, a figure's subject); null when no rule subject is near, so it is listed but never compared.</summary>
    public string? Subject { get; }

    /// <summary>Where the fact happens, when the sentence says it; claims naming different places are about different facts.</summary>
    public string? Place { get; }

    public ClaimValue Value { get; }

    /// <summary>The value as written ("July 11-12").</summary>
    public string ValueText { get; }

    /// <summary>The whole phrase the rule matched, subject word included.</summary>
    public string MatchedText { get; }

    public Evidence Evidence { get; }

    /// <summary>A contradiction inside the expression itself ("Tuesday, June 5, 2023" when June 5 is a Monday).</summary>
    public string? Conflict { get; }

    /// <summary>The time a figure holds for, when its sentence says ("since February 2022", "as of March").</summary>
    public ReportedDate? When { get; }

    /// <summary>
    /// For an event a story has one of, named as one the reader knows ("the takeover", "the Northwind takeover"):
    /// the words that name it, folded ("" for none). Null when the mention may be another one ("its own acquisition",
    /// "a merger") or the rule does not ask.
    /// </summary>
    public string? Identity { get; init; }

    /// <summary>
    /// Everything the rules' policies and comparers read of a claim but its article's name: two claims with the same
    /// key fit or do not fit alike, so a long run of them is weighed once (the grouper, the judge).
    /// </summary>
    internal string Saying => _saying ??= string.Join('\u0001',
        [Subject, Place, Identity, When?.Describe(), Value.GetType().Name, Value.Describe(), Value.Resolution, ValueText,
         Article.Published.ToString(System.Globalization.CultureInfo.InvariantCulture),
         Article.PublishedTime?.ToString(System.Globalization.CultureInfo.InvariantCulture),
         .. Value.Normalized.Select(f => Convert.ToString(f.Value, System.Globalization.CultureInfo.InvariantCulture))]);

    private string? _saying;

    /// <summary>Whether the claim stands in a heading, which restates the section it opens.</summary>
    public bool InHeading { get; }

    /// <summary>Which section of its article the claim stands in: the number of headings up to it.</summary>
    public int Section { get; }
}
