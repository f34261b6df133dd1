using ConsistencyCheck.Corpus;
using Xunit;

namespace ConsistencyCheck.Tests.Grouping;

/// <summary>
/// The grouper weighs a claim only against groups that share a blocking key with it, so every pair of claims a fact
/// policy may join must share one; otherwise blocking would silently split a fact in two.
/// </summary>
public sealed class BlockingTests
{
    public static TheoryData<string> Rules() => ["quotes", "place-names"];

    [Theory]
    [MemberData(nameof(Rules))]
    public void Every_pair_of_claims_that_may_be_one_fact_shares_a_blocking_key(string ruleId)
    {
        var rules = Stories.BundledRules();
        var rule = rules.Find(ruleId)!;
        var checker = new Checker(rules);
        var joinable = 0;
        var apart = 0;
        foreach (var dir in Directory.GetDirectories(Repository.Path("corpus")).Order(StringComparer.Ordinal))
        {
            var files = Directory.GetFiles(dir, "*.md").Where(f => StoryReader.IsArticleName(Path.GetFileName(f))).Order(StringComparer.Ordinal)
                .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllBytes(f)));
            var errors = new List<InputError>();
            var story = StoryReader.Read(Path.GetFileName(dir), files, errors);
            var claims = checker.Extract(story).Where(c => c.RuleId == ruleId && c.Subject is not null).ToList();
            for (var i = 0; i < claims.Count; i++)
            {
                for (var j = i + 1; j < claims.Count; j++)
                {
                    var (a, b) = (claims[i], claims[j]);
                    if (!rule.Facts.SameFact(a, b))
                    {
                        apart++;
                        continue;
                    }
                    joinable++;
                    var meet = rule.Facts.SoughtKeys(a).Intersect(rule.Facts.BlockingKeys(b)).Any()
                        || rule.Facts.SoughtKeys(b).Intersect(rule.Facts.BlockingKeys(a)).Any();
                    Assert.True(meet, $"{dir}: '{a.ValueText}' ({a.Article.Id}) and '{b.ValueText}' ({b.Article.Id}) may be one fact but share no blocking key");
                }
            }
        }
        // Both sides are exercised: pairs that may be one fact, and pairs the policy keeps apart
        Assert.True(joinable > 20, $"{joinable} joinable pairs");
        Assert.True(apart > 100, $"{apart} pairs kept apart");
    }
}
