using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;

namespace ConsistencyCheck.Rules;

public sealed record RuleTestResult(Rule Rule, RuleTest Test, string? Failure)
{
    public bool Passed => Failure is null;

    public override string ToString() =>
        $"{Rule.Header.File}:{Test.Line}:{Test.Column}: {(Passed ? "pass" : "FAIL")}: {Rule.Id}: \"{Test.Text}\"{(Passed ? "" : " — " + Failure)}";
}

/// <summary>Runs the tests a rule file carries: each sentence, read as an article of the given date, must yield exactly the listed claims.</summary>
public static class RuleTestRunner
{
    public static IReadOnlyList<RuleTestResult> Run(Rule rule) => [.. rule.Header.Tests.Select(t => Run(rule, t))];

    private static RuleTestResult Run(Rule rule, RuleTest test)
    {
        var published = test.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var text = $"---\noutlet: rule test\ntitle: rule test\npublished: {published}\n---\n{test.Text}\n";
        var errors = new List<InputError>();
        var article = ArticleReader.Read("rule-test.md", text, errors);
        if (article is null)
            return new RuleTestResult(rule, test, "the test text could not be read: " + string.Join("; ", errors));
        var claims = new List<Claim>();
        rule.Extract(article, claims);
        if (claims.Count != test.Claims.Count)
        {
            var got = claims.Count == 0 ? "none" : string.Join(", ", claims.Select(Show));
            return new RuleTestResult(rule, test, $"expected {test.Claims.Count} claim(s), got {claims.Count}: {got}");
        }
        for (var i = 0; i < claims.Count; i++)
        {
            foreach (var (key, expected) in test.Claims[i].Fields)
            {
                var actual = Field(claims[i], key);
                if (!string.Equals(actual, expected, StringComparison.Ordinal))
                {
                    return new RuleTestResult(rule, test,
                        $"claim {i + 1} ({Show(claims[i])}): {key} is {actual ?? "null"}, expected {expected ?? "null"}");
                }
            }
        }
        return new RuleTestResult(rule, test, null);
    }

    private static string? Field(Claim claim, string key) => key switch
    {
        "value" => claim.ValueText,
        "subject" => claim.Subject,
        "place" => claim.Place,
        _ => claim.Value.Normalized.FirstOrDefault(f => f.Name == key).Value switch
        {
            null => null,
            bool b => b ? "true" : "false",
            var v => Convert.ToString(v, CultureInfo.InvariantCulture),
        },
    };

    private static string Show(Claim claim) =>
        $"\"{claim.ValueText}\" = {string.Join(" ", claim.Value.Normalized.Select(f => $"{f.Name}={Convert.ToString(f.Value, CultureInfo.InvariantCulture)}"))}" +
        (claim.Subject is null ? "" : $" subject={claim.Subject}");
}
