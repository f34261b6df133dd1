using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Language;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck;

/// <summary>The engine: claims out of articles, groups out of claims, verdicts out of groups. No files, no console.</summary>
public sealed class Checker
{
    private readonly RuleSet _rules;
    private readonly ClaimGrouper _grouper;
    private readonly LanguagePack _language;

    /// <summary>A checker that compares places through the bundled gazetteer, which the rules were read with by default.</summary>
    public Checker(RuleSet rules)
        : this(rules, Gazetteer.Default, LanguagePack.Bundled)
    {
    }

    /// <summary>
    /// A checker that compares places through <paramref name="gazetteer"/> and reads articles with
    /// <paramref name="language"/>: the ones the rules were read with.
    /// </summary>
    public Checker(RuleSet rules, Gazetteer gazetteer, LanguagePack language)
    {
        _rules = rules;
        _grouper = new ClaimGrouper(gazetteer);
        _language = language;
    }

    /// <summary>Every claim of every active rule, in article order, then document order, then rule id.</summary>
    public IReadOnlyList<Claim> Extract(Story story) => Extract(story, seen: null);

    private List<Claim> Extract(Story story, List<Seen>? seen)
    {
        var claims = new List<Claim>();
        foreach (var article in story.InReadingOrder)
        {
            var inArticle = new List<Claim>();
            var analysis = new ArticleAnalysis(article, _language);
            foreach (var rule in _rules.Active)
                rule.Extract(analysis, inArticle);
            if (seen is not null)
                Cover(analysis, inArticle, seen);
            claims.AddRange(inArticle.OrderBy(c => c.Evidence.Span.Start).ThenBy(c => c.RuleId, StringComparer.Ordinal));
        }
        return claims;
    }

    /// <summary>Every date and figure the recognisers saw, each marked checked when a compared claim of its kind covers it.</summary>
    private static void Cover(ArticleAnalysis analysis, List<Claim> claims, List<Seen> seen)
    {
        var article = analysis.Article;
        var dates = claims.Where(c => c.Subject is not null && c.Value is ReportedDate).Select(c => c.Evidence.Span).ToList();
        var figures = claims.Where(c => c.Subject is not null && c.Value.IsFigure).Select(c => c.Evidence.Span).ToList();
        foreach (var sentence in analysis.Sentences)
        {
            foreach (var date in sentence.Dates)
                seen.Add(Seen(article, SeenKind.Date, date.Span, sentence, dates));
            foreach (var figure in sentence.Figures)
                seen.Add(Seen(article, SeenKind.Figure, figure.Span, sentence, figures));
        }
    }

    private static Seen Seen(Article article, SeenKind kind, TextSpan span, AnalysedSentence sentence, List<TextSpan> checkedSpans)
    {
        var (line, column) = article.Lines.Locate(span.Start);
        var isChecked = checkedSpans.Any(c => c.Start < span.End && span.Start < c.End);
        return new Seen(article, kind, span, line, column, article.TextOf(span), article.TextOf(sentence.Sentence), isChecked);
    }

    public StoryReport Check(Story story)
    {
        var seen = new List<Seen>();
        var claims = Extract(story, seen);
        var (groups, notCompared) = _grouper.Group(claims, _rules.All.ToDictionary(r => r.Id, StringComparer.Ordinal));
        var findings = groups.Select(g => Judge.Decide(story, g)).Where(f => f.Rule.Comparer.Reports(f.Verdict)).ToList();
        findings.AddRange(claims.Where(c => c.Conflict is not null).Select(c => Judge.SelfContradiction(c, _rules.Find(c.RuleId)!)));
        var sorted = findings
            .OrderBy(f => f.Verdict)
            .ThenBy(f => story.ReadingPosition(f.Claims[0].Claim.Article.Path))
            .ThenBy(f => f.Claims[0].Claim.Evidence.Span.Start)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return new StoryReport(story, claims, Judge.Distinct(sorted), notCompared) { Seen = seen };
    }
}
