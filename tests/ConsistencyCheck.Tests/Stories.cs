using System.Text;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Tests;

/// <summary>Small stories and rule sets written in the tests, read through the same code as files on disk.</summary>
internal static class Stories
{
    public static SourceFile Article(string name, string outlet, string published, string body) =>
        new($"{name}.md", Encoding.UTF8.GetBytes($"---\noutlet: {outlet}\ntitle: A test article\npublished: {published}\nurl: null\n---\n{body}\n"));

    public static Story Of(params SourceFile[] files)
    {
        var errors = new List<InputError>();
        var story = StoryReader.Read("test-story", files, errors);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors));
        return story;
    }

    /// <summary>The findings of one bundled rule when the bundled rules check these articles.</summary>
    public static List<ConsistencyCheck.Verdicts.Finding> Findings(string ruleId, params SourceFile[] articles) =>
        [.. new Checker(BundledRules()).Check(Of(articles)).Findings.Where(f => f.Rule.Id == ruleId)];

    public static RuleSet BundledRules()
    {
        var errors = new List<InputError>();
        var files = Directory.GetFiles(Repository.Path("rules"), "*.yml").Order(StringComparer.Ordinal)
            .Select(f => new SourceFile("rules/" + Path.GetFileName(f), File.ReadAllBytes(f)));
        var rules = RuleSet.Read(files, errors);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors));
        return rules;
    }

    public static RuleSet Rules(string yaml)
    {
        var errors = new List<InputError>();
        var rules = RuleSet.Read([new SourceFile("test-rule.yml", Encoding.UTF8.GetBytes(yaml))], errors);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors));
        return rules;
    }
}
