using System.Text;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;
using YamlDotNet.RepresentationModel;

// Not "ConsistencyCheck.Tests.Stories": that name is taken by the Stories helper class.
namespace ConsistencyCheck.Tests.AnswerKeys;

/// <summary>
/// Checks every story in corpus/ that has an answer-key.yml against what a careful editor expects of its report:
/// every genuine contradiction flagged, no contradiction the key does not list, and every expected finding shown.
/// An entry with <c>known: "diagnosis"</c> is one the checker misses today: it is asserted to be still missed.
/// </summary>
/// <remarks>
/// A key entry matches a finding when the rule is the same, the finding's subject equals the entry's subject or
/// starts with it followed by a space ("summit" matches "summit in Vilnius, Lithuania"), and every article the
/// entry lists stands among the finding's claims.
/// </remarks>
public sealed class AnswerKeyTests
{
    private const string KeyFile = "answer-key.yml";

    public static TheoryData<string> KeyedStories()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repository.Path("corpus")).Order(StringComparer.Ordinal))
        {
            var key = Path.Combine(dir, KeyFile);
            if (File.Exists(key) && RealStoryTests.LoadKey(key) is { } root && !EvidenceKey.IsEvidenceKey(root))
                data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(KeyedStories))]
    public void The_report_says_what_the_answer_key_expects(string story)
    {
        var problems = new List<string>();
        var key = AnswerKey.Read(Repository.Path("corpus", story, KeyFile), problems);
        var report = Check(story);

        var articleIds = report.Story.Articles.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var rules = Stories.BundledRules().Active.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var entry in key.Contradictions.Concat(key.Expected))
        {
            if (!rules.Contains(entry.Rule))
                problems.Add($"{entry.Where}: unknown rule '{entry.Rule}' (rules: {string.Join(", ", rules.Order(StringComparer.Ordinal))})");
            foreach (var id in entry.Articles.Where(id => !articleIds.Contains(id)))
                problems.Add($"{entry.Where}: unknown article '{id}' (articles: {string.Join(", ", articleIds.Order(StringComparer.Ordinal))})");
        }
        if (problems.Count > 0)
            Assert.Fail(Summary(story, problems, report));

        // (a) Every genuine contradiction is flagged, with all the articles the key names.
        foreach (var entry in key.Contradictions.Where(e => e.Known is null))
        {
            if (report.Findings.Any(f => IsContradiction(f) && entry.Matches(f)))
                continue;
            var partly = report.Findings.Where(f => IsContradiction(f) && entry.MatchesInPart(f)).ToList();
            var missing = entry.Articles.Where(id => !partly.Any(f => f.Claims.Any(c => c.Claim.Article.Id == id))).ToList();
            problems.Add(partly.Count == 0
                ? $"MISSED CONTRADICTION {entry}\n{WhatTheReportSays(report, entry)}"
                : $"CONTRADICTION FLAGGED ONLY IN PART (without {string.Join(", ", missing)}) {entry}\n{WhatTheReportSays(report, entry)}");
        }

        // (b) No contradiction that the key does not list. One that holds part of a listed contradiction is that
        // contradiction reported incompletely, already a problem above.
        foreach (var finding in report.Findings.Where(IsContradiction))
        {
            if (!key.Contradictions.Any(entry => entry.Matches(finding) || entry.MatchesInPart(finding)))
                problems.Add($"FALSE CONTRADICTION (not in the key) {Describe(finding)}\n      {finding.Message()}");
        }

        // (c) Every expected finding is shown.
        foreach (var entry in key.Expected.Where(e => e.Known is null))
        {
            if (!Shows(report, entry))
                problems.Add($"MISSING EXPECTED FINDING {entry}\n{WhatTheReportSays(report, entry)}");
        }

        // (d) What the key marks known (a careful editor expects it, the checker does not give it yet) is still
        // missed: once the checker gives it, the mark comes off.
        foreach (var entry in key.Contradictions.Concat(key.Expected).Where(e => e.Known is not null))
        {
            if (entry.Verdict is null ? report.Findings.Any(f => IsContradiction(f) && entry.Matches(f)) : Shows(report, entry))
                problems.Add($"NOW GIVEN, take off its 'known' mark: {entry}");
        }

        if (problems.Count > 0)
            Assert.Fail(Summary(story, problems, report));
    }

    private static bool Shows(StoryReport report, KeyEntry entry) =>
        report.Findings.Any(f => f.Verdict.Name() == entry.Verdict && entry.Matches(f));

    private static bool IsContradiction(Finding finding) => finding.Verdict is Verdict.Contradict or Verdict.Internal;

    private static StoryReport Check(string name)
    {
        var errors = new List<InputError>();
        var files = Directory.GetFiles(Repository.Path("corpus", name), "*.md").Where(f => StoryReader.IsArticleName(Path.GetFileName(f))).Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllBytes(f)));
        var story = StoryReader.Read(name, files, errors, $"corpus/{name}");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new Checker(Stories.BundledRules()).Check(story);
    }

    private static string Summary(string story, List<string> problems, StoryReport report)
    {
        var text = new StringBuilder();
        text.Append($"corpus/{story}/{KeyFile}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")} ");
        text.Append($"(the report has {report.Findings.Count} findings: ");
        text.Append(string.Join(", ", Enum.GetValues<Verdict>().Select(v => $"{v.Name()} {report.Count(v)}")));
        text.AppendLine(")");
        foreach (var problem in problems)
            text.Append("  - ").AppendLine(problem);
        return text.ToString();
    }

    /// <summary>What the report does say about an entry's rule, subject and articles, to show why it did not match.</summary>
    private static string WhatTheReportSays(StoryReport report, KeyEntry entry)
    {
        var lines = new List<string>();
        foreach (var finding in report.Findings.Where(f => f.Rule.Id == entry.Rule && KeyEntry.SubjectMatches(f.Subject, entry.Subject)
                     && (entry.Articles.Count == 0 || f.Claims.Any(c => entry.Articles.Contains(c.Claim.Article.Id)))))
            lines.Add($"      report: {Describe(finding)}");
        foreach (var left in report.NotCompared.Where(n => n.Claim.RuleId == entry.Rule && KeyEntry.SubjectMatches(Label(n.Claim), entry.Subject)
                     && (entry.Articles.Count == 0 || entry.Articles.Contains(n.Claim.Article.Id))))
            lines.Add($"      not compared: {left.Claim.Article.Id} \"{left.Claim.ValueText}\" = {left.Claim.Value.Describe()}: {left.Reason}");
        foreach (var id in entry.Articles.Where(id => !report.Claims.Any(c => c.Article.Id == id && c.RuleId == entry.Rule
                     && c.Subject is not null && KeyEntry.SubjectMatches(Label(c), entry.Subject))))
            lines.Add($"      no claim: {id} has no {entry.Rule} claim about '{entry.Subject}'");
        if (lines.Count == 0)
            lines.Add("      report: nothing about this rule and subject in these articles");
        return string.Join("\n", lines);
    }

    private static string Label(Claim claim) => claim.Place is null ? claim.Subject ?? "" : $"{claim.Subject} in {claim.Place}";

    private static string Describe(Finding finding)
    {
        var claims = finding.Claims.Select(c => $"{c.Position}. {c.Claim.Article.Id} \"{c.Claim.ValueText}\" = {c.Claim.Value.Describe()}");
        return $"{finding.Verdict.Name().ToUpperInvariant()} '{finding.Subject}' [{finding.Rule.Id}]: {string.Join("; ", claims)}";
    }

    /// <summary>One line of an answer key: a contradiction (no verdict) or an expected finding (with one).</summary>
    private sealed record KeyEntry(string Where, string Rule, string Subject, string? Verdict, IReadOnlyList<string> Articles, string? Known)
    {
        public static bool SubjectMatches(string subject, string wanted) =>
            subject == wanted || subject.StartsWith(wanted + " ", StringComparison.Ordinal);

        public bool Matches(Finding finding) =>
            finding.Rule.Id == Rule && SubjectMatches(finding.Subject, Subject)
            && Articles.All(id => finding.Claims.Any(c => c.Claim.Article.Id == id));

        /// <summary>The same rule and subject, and at least two of the listed articles (or the only one listed).</summary>
        public bool MatchesInPart(Finding finding) =>
            finding.Rule.Id == Rule && SubjectMatches(finding.Subject, Subject)
            && Articles.Count(id => finding.Claims.Any(c => c.Claim.Article.Id == id)) >= Math.Min(2, Articles.Count);

        public override string ToString() =>
            $"{{ rule: {Rule}, subject: {Subject}{(Verdict is null ? "" : $", verdict: {Verdict}")}, articles: [{string.Join(", ", Articles)}] }} ({Where})";
    }

    private sealed record AnswerKey(IReadOnlyList<KeyEntry> Contradictions, IReadOnlyList<KeyEntry> Expected)
    {
        private static readonly HashSet<string> Verdicts = [.. Enum.GetValues<Verdict>().Select(v => v.Name())];

        /// <summary>Reads the key, adding a problem for anything malformed rather than stopping at the first.</summary>
        public static AnswerKey Read(string path, List<string> problems)
        {
            var file = $"corpus/{Path.GetFileName(Path.GetDirectoryName(path))}/{KeyFile}";
            var yaml = new YamlStream();
            try
            {
                using var reader = new StringReader(File.ReadAllText(path));
                yaml.Load(reader);
            }
            catch (YamlDotNet.Core.YamlException e)
            {
                Assert.Fail($"{file}:{e.Start.Line}:{e.Start.Column}: {e.Message}");
            }
            if (yaml.Documents.Count != 1 || yaml.Documents[0].RootNode is not YamlMappingNode root)
            {
                Assert.Fail($"{file}: expected one mapping with 'contradictions' and 'expected'");
                return null!;
            }
            foreach (var name in root.Children.Keys.Select(Scalar).Where(k => k is not ("contradictions" or "expected")))
                problems.Add($"{file}: unknown key '{name}' (keys: contradictions, expected)");
            return new AnswerKey(
                Entries(file, root, "contradictions", withVerdict: false, problems),
                Entries(file, root, "expected", withVerdict: true, problems));
        }

        private static List<KeyEntry> Entries(string file, YamlMappingNode root, string section, bool withVerdict, List<string> problems)
        {
            var entries = new List<KeyEntry>();
            if (!root.Children.TryGetValue(new YamlScalarNode(section), out var node) || IsNull(node))
                return entries;
            if (node is not YamlSequenceNode list)
            {
                problems.Add($"{At(file, node)}: '{section}' must be a list");
                return entries;
            }
            foreach (var item in list)
            {
                var where = At(file, item);
                if (item is not YamlMappingNode map)
                {
                    problems.Add($"{where}: an entry of '{section}' must be a mapping");
                    continue;
                }
                string[] allowed = withVerdict ? ["rule", "subject", "verdict", "articles", "known"] : ["rule", "subject", "articles", "known"];
                foreach (var name in map.Children.Keys.Select(Scalar).Where(k => !allowed.Contains(k)))
                    problems.Add($"{where}: unknown key '{name}' in '{section}' (keys: {string.Join(", ", allowed)})");
                var rule = Text(map, "rule");
                var subject = Text(map, "subject");
                var verdict = withVerdict ? Text(map, "verdict") : null;
                var articles = new List<string>();
                if (map.Children.TryGetValue(new YamlScalarNode("articles"), out var ids) && !IsNull(ids))
                {
                    if (ids is YamlSequenceNode seq)
                        articles.AddRange(seq.Select(Scalar));
                    else
                        problems.Add($"{where}: 'articles' must be a list of article ids");
                }
                if (string.IsNullOrEmpty(rule) || string.IsNullOrEmpty(subject))
                {
                    problems.Add($"{where}: an entry needs 'rule' and 'subject'");
                    continue;
                }
                if (withVerdict && (verdict is null || !Verdicts.Contains(verdict)))
                {
                    problems.Add($"{where}: 'verdict' must be one of {string.Join(", ", Verdicts)}, not '{verdict}'");
                    continue;
                }
                if (!withVerdict && articles.Count < 1)
                    problems.Add($"{where}: a contradiction should name the articles that disagree");
                entries.Add(new KeyEntry(where, rule, subject, verdict, articles, Text(map, "known")));
            }
            return entries;
        }

        private static string? Text(YamlMappingNode map, string name) =>
            map.Children.TryGetValue(new YamlScalarNode(name), out var node) && !IsNull(node) ? Scalar(node) : null;

        private static string Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value ?? "" : node.ToString();

        private static bool IsNull(YamlNode node) =>
            node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" };

        private static string At(string file, YamlNode node) => $"{file}:{node.Start.Line}";
    }
}
