using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using Xunit;

namespace ConsistencyCheck.Tests.AnswerKeys;

/// <summary>
/// A consistency report must not depend on what the article files are called: the same texts under other names,
/// read in another order, give the same findings with the same verdicts, subjects, positions and claims. (The order
/// of the report's articles may follow the names; nothing else may.)
/// </summary>
public sealed class OrderIndependenceTests
{
    public static TheoryData<string> StoryNames()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repository.Path("corpus")).Order(StringComparer.Ordinal))
            data.Add(Path.GetFileName(dir));
        return data;
    }

    [Theory]
    [MemberData(nameof(StoryNames))]
    public void Renamed_and_reordered_articles_give_the_same_findings(string story)
    {
        var files = Directory.GetFiles(Repository.Path("corpus", story), "*.md")
            .Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => (Name: Path.GetFileNameWithoutExtension(f), Bytes: File.ReadAllBytes(f)))
            .ToList();
        var original = Findings(Check(story, files.Select(f => (f.Name, f.Name, f.Bytes))));

        // Names that sort the other way round (and a seeded shuffle of the rest), so the articles are read in another order.
        var random = new Random(story.GetHashCode(StringComparison.Ordinal) & 0x7FFF);
        var shuffled = files.OrderBy(_ => random.Next()).ToList();
        var renamed = shuffled.Select((f, i) => (Original: f.Name, Name: $"{(char)('z' - i % 26)}{i:D3}-{f.Name.Length}", f.Bytes)).ToList();
        var again = Findings(Check(story, renamed.Select(r => (r.Original, r.Name, r.Bytes))));

        var lost = original.Except(again).ToList();
        var gained = again.Except(original).ToList();
        Assert.True(lost.Count + gained.Count == 0,
            $"under other names: lost\n  {string.Join("\n  ", lost)}\ngained\n  {string.Join("\n  ", gained)}");
    }

    private static (StoryReport Report, Dictionary<string, string> Originals) Check(string story, IEnumerable<(string Original, string Name, byte[] Bytes)> files)
    {
        var list = files.ToList();
        var errors = new List<InputError>();
        var read = StoryReader.Read(story, list.Select(f => new SourceFile(f.Name + ".md", f.Bytes)), errors);
        Assert.Empty(errors);
        return (new Checker(ConsistencyCheck.Tests.Stories.BundledRules()).Check(read), list.ToDictionary(f => f.Name, f => f.Original));
    }

    /// <summary>Every finding told in the original names, in an order that does not depend on the names.</summary>
    private static List<string> Findings((StoryReport Report, Dictionary<string, string> Originals) checkedStory)
    {
        var (report, originals) = checkedStory;
        return [.. report.Findings
            .Select(f => $"{f.Rule.Id} | {f.Subject} | {f.Verdict} | " + string.Join("; ", f.Claims
                .Select(c => $"{c.Position}. {originals[c.Claim.Article.Id]}:{c.Claim.Evidence.Line}:{c.Claim.Evidence.Column} {c.Claim.ValueText}")
                .Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal)];
    }
}
