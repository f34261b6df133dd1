using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Fuzzing;

/// <summary>
/// One part of the engine fed odd input: it must end in a result or in located input errors, never in an exception.
/// <see cref="Run"/> throws <see cref="BrokenPromise"/> when it ends in neither. The unit tests and the
/// coverage-guided fuzzer run the same harnesses.
/// </summary>
internal sealed record Harness(string Name, int Seed, IReadOnlyList<string> Seeds, int MaxLength, Action<string> Run)
{
    /// <summary>The three harnesses, seeded from the bundled articles and rule files under <paramref name="repository"/>.</summary>
    public static IReadOnlyList<Harness> All(string repository)
    {
        var articles = Directory.GetFiles(Path.Combine(repository, "corpus"), "*.md", SearchOption.AllDirectories)
            .Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        var ruleFiles = Directory.GetFiles(Path.Combine(repository, "rules"), "*.yml")
            .Order(StringComparer.Ordinal).ToList();
        var ruleErrors = new List<InputError>();
        var rules = RuleSet.Read(ruleFiles.Select(f => new SourceFile("rules/" + Path.GetFileName(f), File.ReadAllBytes(f))), ruleErrors);
        if (ruleErrors.Count > 0)
            throw new InvalidOperationException(string.Join('\n', ruleErrors));
        // Odd articles are checked beside a good one, as a story of two outlets
        var partner = new SourceFile("partner.md", Encoding.UTF8.GetBytes(
            "---\noutlet: Coast Wire\ntitle: A test article\npublished: 2025-03-04\nurl: null\n---\nThe summit in Oslo took place on Monday, and 40 ministers attended.\n"));
        return
        [
            new("articles", 1, articles, 100_000, input =>
            {
                var errors = new List<InputError>();
                var article = ArticleReader.Read(new SourceFile("fuzz.md", Encoding.UTF8.GetBytes(input)), errors);
                Promise(article is not null || errors.Count > 0, "no article and no error");
            }),
            new("rules", 2, [.. ruleFiles.Select(File.ReadAllText)], 100_000, input =>
            {
                var errors = new List<InputError>();
                var read = RuleSet.Read([new SourceFile("fuzz.yml", Encoding.UTF8.GetBytes(input))], errors);
                Promise(read.All.Count == 1 || errors.Count > 0, "no rule and no error");
            }),
            new("engine", 3, articles, 20_000, input =>
            {
                var errors = new List<InputError>();
                var story = StoryReader.Read("fuzz", [new SourceFile("fuzz.md", Encoding.UTF8.GetBytes(input)), partner], errors);
                Promise(new Checker(rules).Check(story) is not null, "no report");
            }),
        ];
    }

    private static void Promise(bool kept, string what)
    {
        if (!kept)
            throw new BrokenPromise(what);
    }
}

/// <summary>A harness ended in neither a result nor an input error.</summary>
internal sealed class BrokenPromise(string message) : Exception(message);
