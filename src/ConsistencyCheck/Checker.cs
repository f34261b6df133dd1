using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck;

/// <summary>The engine: claims out of articles, groups out of claims, verdicts out of groups. No files, no console.</summary>
public sealed class Checker
{
    private readonly RuleSet _rules;

    public Checker(RuleSet rules) => _rules = rules;

    /// <summary>Every claim of every active rule, in article order, then document order, then rule id.</summary>
    public IReadOnlyList<Claim> Extract(Story story)
    {
        var claims = new List<Claim>();
        foreach (var article in story.Articles)
        {
            var inArticle = new List<Claim>();
            foreach (var rule in _rules.Active)
                rule.Extract(article, inArticle);
            ArticleAnalysis.Forget(article);
            claims.AddRange(inArticle.OrderBy(c => c.Evidence.Span.Start).ThenBy(c => c.Rule.Id, StringComparer.Ordinal));
        }
        return claims;
    }

    public StoryReport Check(Story story)
    {
        var claims = Extract(story);
        var (groups, notCompared) = ClaimGrouper.Group(claims);
        var findings = groups.Select(g => Judge.Decide(story, g)).Where(f => f.Rule.Reports(f.Verdict)).ToList();
        findings.AddRange(claims.Where(c => c.Conflict is not null).Select(c => Judge.SelfContradiction(c)));
        var order = story.Articles.Select((a, i) => (a, i)).ToDictionary(x => x.a, x => x.i);
        var sorted = findings
            .OrderBy(f => f.Verdict)
            .ThenBy(f => order[f.Claims[0].Claim.Article])
            .ThenBy(f => f.Claims[0].Claim.Evidence.Span.Start)
            .ThenBy(f => f.Id, StringComparer.Ordinal)
            .ToList();
        return new StoryReport(story, claims, sorted, notCompared);
    }
}
