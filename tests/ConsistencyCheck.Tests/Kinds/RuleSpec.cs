using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Kinds;

/// <summary>
/// A spec table of one bundled rule in two parts: rows of what it reads in one sentence (<c>| sentence | expected |</c>,
/// each claim as <c>subject: value</c>, <c>-</c> for no subject, <c>none</c> for no claim) and rows of how two
/// outlets' sentences compare (<c>| first | second | subject | verdict |</c>).
/// </summary>
internal sealed class RuleSpec(string spec, string ruleId)
{
    private readonly Lazy<Dictionary<int, string[]>> _rows = new(() =>
        SpecTable.Rows(spec, "sentence").Where(r => r.Value[0] != "first").ToDictionary(r => r.Key, r => r.Value));

    public IReadOnlyCollection<string[]> Rows => _rows.Value.Values;

    public TheoryData<string> Reading() => SpecTable.Cases(spec, _rows.Value.Where(r => r.Value.Length == 2).Select(r => r.Key));

    public TheoryData<string> Comparing() => SpecTable.Cases(spec, _rows.Value.Where(r => r.Value.Length == 4).Select(r => r.Key));

    /// <summary>The row's sentence read as an article gives exactly its claims; <paramref name="mark"/> adds what a value's text leaves out.</summary>
    public void AssertReads(string row, Func<Claims.Claim, string>? mark = null)
    {
        var (sentence, expected) = (_rows.Value[SpecTable.LineOf(row)][0], _rows.Value[SpecTable.LineOf(row)][1]);
        var story = Stories.Of(Stories.Article("a", "Spec Wire", "2025-05-02", sentence));
        var claims = new Checker(Stories.BundledRules()).Extract(story).Where(c => c.RuleId == ruleId).ToList();
        var actual = claims.Count == 0 ? "none"
            : string.Join(" ; ", claims.Select(c => $"{c.Subject ?? "-"}: {c.Value.Describe()}{mark?.Invoke(c)}"));
        Assert.Equal(expected, actual);
    }

    /// <summary>The row's two sentences, as two outlets, give findings of its subject with its verdict, holding both.</summary>
    public void AssertCompares(string row)
    {
        var cells = _rows.Value[SpecTable.LineOf(row)];
        var findings = Stories.Findings(ruleId,
            Stories.Article("a", "First Wire", "2025-05-02", cells[0]),
            Stories.Article("b", "Second Post", "2025-05-02", cells[1]));
        var about = findings.Where(f => f.Subject == cells[2]).ToList();
        Assert.True(about.Count > 0, $"no finding about '{cells[2]}': {string.Join("; ", findings.Select(f => $"{f.Verdict.Name()} {f.Subject}"))}");
        Assert.All(about, f => Assert.Equal(cells[3], f.Verdict.Name()));
        // Both outlets' claims are in the findings: the rule read a value in each sentence
        Assert.Equal(2, about.SelectMany(f => f.Claims).Select(c => c.Claim.Article.Id).Distinct().Count());
    }
}
