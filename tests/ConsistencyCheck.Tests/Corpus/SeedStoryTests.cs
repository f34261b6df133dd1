using System.Security.Cryptography;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Snapshots;
using Xunit;

namespace ConsistencyCheck.Tests.Corpus;

public sealed class SeedStoryTests
{
    private const string Story = "stoltenberg-ukraine-nato";

    // The SHA-256 of each seed file as handed to the project (../shared/seeds), so the test holds without that folder.
    public static TheoryData<string, string, string> Seeds => new()
    {
        { "rferl-2024-03-18", "000_923072fbccefb337.txt", "de75e95dc96a503e977ef9c44918a7b7ae8bb89f2509158b6dd736fbbda2cbeb" },
        { "obasanjo-news-2022-11-29", "001_0dc629db1b42a9e3.txt", "73f887b4f30f70c4f3115fab28b12d9e2d4cae8d3d0e7ee4c60aaf303d3dd757" },
        { "rt-2023-06-28", "002_2e1aa7aaaf7980af.txt", "7ef32fb47147f4a3c8ba6c31824df7d5c82b27aaf55d90985b38732260d13b22" },
        { "eastern-herald-2023-04-20", "003_1da4555878407905.txt", "cea475c20beaa4d38202b03dccb9f65a095fac99bfe1854244ef9bdd1ced3b90" },
        { "nbc-news-2023-04-20", "004_b8f78fe8aa842d80.txt", "59a602001467937da2e5bb6ee8d52d15f1ad720224d787924b66bfbc5c28c285" },
    };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Each_body_is_the_seed_byte_for_byte(string article, string seed, string sha256)
    {
        var bytes = File.ReadAllBytes(Repository.Path("corpus", Story, article + ".md"));
        var fence = "\n---\n"u8;
        var body = bytes.AsSpan(bytes.AsSpan(4).IndexOf(fence) + 4 + fence.Length).ToArray();
        Assert.Equal(sha256, Convert.ToHexStringLower(SHA256.HashData(body)));

        var shared = Path.Combine(Repository.Root, "..", "shared", "seeds", seed);
        if (File.Exists(shared))
            Assert.Equal(File.ReadAllBytes(shared), body);
    }

    [Fact]
    public void The_markdown_report_matches_its_snapshot() =>
        Snapshot.Verify(MarkdownReport.Check([Check()]), "SeedStory.markdown");

    [Fact]
    public void The_json_report_matches_its_snapshot() =>
        Snapshot.Verify(JsonReport.Check([Check()]), "SeedStory.json", "json");

    [Fact]
    public void Every_claim_points_at_its_own_text_in_the_file()
    {
        var report = Check();
        Assert.NotEmpty(report.Claims);
        foreach (var claim in report.Claims)
        {
            var lines = File.ReadAllText(Repository.Path("corpus", Story, claim.Article.Path)).Split('\n');
            var line = lines[claim.Evidence.Line - 1];
            Assert.True(line.AsSpan(claim.Evidence.Column - 1).StartsWith(claim.ValueText, StringComparison.Ordinal),
                $"{claim.Article.Path}:{claim.Evidence.Line}:{claim.Evidence.Column} does not start with '{claim.ValueText}'");
        }
    }

    /// <summary>A story of the bundled corpus checked with the bundled rules, its paths relative to the repository.</summary>
    internal static StoryReport Check(string name = Story)
    {
        var errors = new List<InputError>();
        var files = Directory.GetFiles(Repository.Path("corpus", name), "*.md").Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllBytes(f)));
        var story = StoryReader.Read(name, files, errors, $"corpus/{name}");
        Assert.Empty(errors);
        return new Checker(Stories.BundledRules()).Check(story);
    }
}
