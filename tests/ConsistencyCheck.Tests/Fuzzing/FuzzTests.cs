using System.Globalization;
using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;
using Xunit;

namespace ConsistencyCheck.Tests.Fuzzing;

/// <summary>
/// Mutation fuzzing of the readers and the recognisers: every odd input must end in a result or in located input
/// errors, never in an exception. The suite runs a fixed number of seeded inputs per harness; FUZZ_INPUTS=100000 runs
/// more (docs/fuzzing.md records such runs).
/// </summary>
public sealed class FuzzTests
{
    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 300;

    private static readonly Lazy<string[]> Articles = new(() =>
        [.. Directory.GetFiles(Repository.Path("corpus"), "*.md", SearchOption.AllDirectories)
            .Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)]);

    private static readonly Lazy<string[]> RuleFiles = new(() =>
        [.. Directory.GetFiles(Repository.Path("rules"), "*.yml").Order(StringComparer.Ordinal).Select(File.ReadAllText)]);

    [Fact]
    public void The_front_matter_and_markdown_reader_never_throws()
    {
        Fuzz(1, Articles.Value, input =>
        {
            var errors = new List<InputError>();
            var article = ArticleReader.Read(new SourceFile("fuzz.md", Encoding.UTF8.GetBytes(input)), errors);
            Assert.True(article is not null || errors.Count > 0, "no article and no error");
        });
    }

    [Fact]
    public void The_rule_reader_never_throws()
    {
        Fuzz(2, RuleFiles.Value, input =>
        {
            var errors = new List<InputError>();
            var rules = RuleSet.Read([new SourceFile("fuzz.yml", Encoding.UTF8.GetBytes(input))], errors);
            Assert.True(rules.All.Count == 1 || errors.Count > 0, "no rule and no error");
        });
    }

    [Fact]
    public void The_recognisers_and_the_engine_never_throw()
    {
        var rules = Stories.BundledRules();
        // Odd articles checked beside a good one, as a story of two outlets.
        var partner = Stories.Article("partner", "Coast Wire", "2025-03-04", "The summit in Oslo took place on Monday, and 40 ministers attended.");
        Fuzz(3, Articles.Value, input =>
        {
            var errors = new List<InputError>();
            var story = StoryReader.Read("fuzz", [new SourceFile("fuzz.md", Encoding.UTF8.GetBytes(input)), partner], errors);
            var report = new Checker(rules).Check(story);
            Assert.NotNull(report);
        }, maxLength: 20_000);
    }

    private static void Fuzz(int harness, string[] seeds, Action<string> run, int maxLength = 100_000)
    {
        var mutator = new Mutator(harness);
        for (var i = 0; i < Inputs; i++)
        {
            var seed = seeds[i % seeds.Length];
            var input = mutator.Mutate(seed.Length > maxLength ? seed[..maxLength] : seed);
            try
            {
                run(input);
            }
            catch (Exception e) when (e is not Xunit.Sdk.XunitException)
            {
                var file = Path.Combine(Path.GetTempPath(), $"cc-fuzz-{harness}-{i}.txt");
                File.WriteAllText(file, input);
                Assert.Fail($"harness {harness}, input {i} (saved to {file}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }
}
