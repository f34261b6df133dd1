using System.Collections.Concurrent;
using System.Globalization;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;
using Xunit.Abstractions;
using Xunit.Sdk;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Tests.AnswerKeys;

/// <summary>
/// Scores the report of every real story (an evidence key: <c>facts</c> and <c>traps</c>, written from the articles
/// before the engine ran on them) against its key. A fact is met when one finding with the key's verdict holds, for
/// every article the key cites, a claim of the fact's kind standing on the cited words. A trap is raised when a
/// contradiction stands on the words of two of its articles (or two of one article's). The suite fails on a trap
/// raised, on a contradiction the key does not list, and on a fact missed that is not marked <c>known</c> (with the
/// reason); a fact marked known must still be missed, so that fixing it is noticed and the mark taken off.
/// </summary>
public sealed class RealStoryTests(RealStoryTests.ScoreBoard board) : IClassFixture<RealStoryTests.ScoreBoard>
{
    private const string KeyFile = "answer-key.yml";

    public static TheoryData<string> EvidenceKeyedStories()
    {
        var data = new TheoryData<string>();
        foreach (var dir in Directory.GetDirectories(Repository.Path("corpus")).Order(StringComparer.Ordinal))
        {
            var key = Path.Combine(dir, KeyFile);
            if (File.Exists(key) && LoadKey(key) is { } root && EvidenceKey.IsEvidenceKey(root))
                data.Add(Path.GetFileName(dir));
        }
        return data;
    }

    [Fact]
    public void The_development_set_has_ten_real_stories_or_more()
    {
        Assert.True(EvidenceKeyedStories().Count >= 10, $"{EvidenceKeyedStories().Count} real stories");
    }

    [Theory]
    [MemberData(nameof(EvidenceKeyedStories))]
    public void The_report_meets_the_answer_key_written_before_it(string story)
    {
        var problems = new List<string>();
        var file = $"corpus/{story}/{KeyFile}";
        var key = EvidenceKey.Read(file, LoadKey(Repository.Path("corpus", story, KeyFile))!, problems);
        var report = Check(story);
        var index = new EvidenceIndex(report);
        var score = new StoryScore(story);

        var contradictions = report.Findings.Where(IsContradiction).ToList();
        var explained = new HashSet<Finding>();
        var reasons = new List<(KeyFact Fact, string Reason)>();
        foreach (var fact in key.Facts)
        {
            var cited = index.Locate(fact, problems);
            var met = report.Findings.Any(f => Fits(fact.Verdict, f) && fact.Says.Keys.All(id => StandsOn(fact, f, cited, id)));
            if (fact.Verdict is "contradict" or "internal")
                explained.UnionWith(contradictions.Where(f => Touches(fact, f, cited) >= Math.Min(2, cited.Count)));
            score.Add(fact, met);
            if (fact.Known is null && !met)
                problems.Add($"MISSED {fact}\n{WhatTheReportSays(report, fact, cited)}");
            if (fact.Known is not null && met)
                problems.Add($"NOW MET, take off its 'known' mark: {fact}");
            if (fact.Known is not null && !met)
                reasons.Add((fact, Diagnosis(report, fact, cited)));
        }
        // KNOWN_REASONS=1 writes what the report now says of each fact still missed as its 'known:' reason, as
        // ACCEPT=1 accepts a snapshot: the expectations stay as the key's reader wrote them, only the diagnosis moves.
        if (Environment.GetEnvironmentVariable("KNOWN_REASONS") == "1")
            RewriteKnownReasons(Repository.Path("corpus", story, KeyFile), reasons);
        var failures = KnownFailures.Read(Repository.Path("corpus", story, KnownFailures.FileName), problems);
        foreach (var trap in key.Traps)
        {
            var cited = index.Locate(trap, problems);
            var raised = contradictions.Where(f => Touches(trap, f, cited) >= 2).ToList();
            score.Trap(raised.Count > 0);
            var known = failures.Traps.FirstOrDefault(t => t.Trap == trap.Fact);
            if (known is not null && raised.Count == 0)
                problems.Add($"NO LONGER RAISED, remove it from {KnownFailures.FileName}: {trap}");
            foreach (var finding in raised.Where(_ => known is null))
                problems.Add($"TRAP RAISED {trap}\n      {Describe(finding)}");
        }
        foreach (var finding in contradictions.Where(f => !explained.Contains(f)))
        {
            score.FalseContradiction();
            if (!failures.Contradictions.Any(c => c.Matches(finding)))
                problems.Add($"CONTRADICTION NOT IN THE KEY {Describe(finding)}\n      {finding.Message()}");
        }
        foreach (var known in failures.Contradictions.Where(c => !contradictions.Any(c.Matches)))
            problems.Add($"NO LONGER RAISED, remove it from {KnownFailures.FileName}: {known}");
        score.Coverage = report.Coverage;
        board.Add(score);
        if (problems.Count > 0)
            Assert.Fail($"{file}: {problems.Count} problem{(problems.Count == 1 ? "" : "s")} ({score})\n  - {string.Join("\n  - ", problems)}");
    }

    private static bool Fits(string verdict, Finding finding) => verdict switch
    {
        "contradict" => finding.Verdict is Verdict.Contradict or Verdict.Internal,
        _ => finding.Verdict.Name() == verdict,
    };

    private static bool IsContradiction(Finding finding) => finding.Verdict is Verdict.Contradict or Verdict.Internal;

    private static bool StandsOn(KeyFact fact, Finding finding, List<(string Article, string Words, TextSpan Span)> cited, string article) =>
        finding.Claims.Any(c => cited.Any(w => w.Article == article && EvidenceIndex.Fits(fact, c.Claim, w)));

    /// <summary>How many of the cited words (at most one per article, unless one article is cited alone) a finding's claims stand on.</summary>
    private static int Touches(KeyFact fact, Finding finding, List<(string Article, string Words, TextSpan Span)> cited)
    {
        var hit = cited.Where(w => finding.Claims.Any(c => EvidenceIndex.Fits(fact, c.Claim, w))).ToList();
        return fact.Says.Count == 1 ? hit.Count : hit.Select(w => w.Article).Distinct().Count();
    }

    private static string WhatTheReportSays(StoryReport report, KeyFact fact, List<(string Article, string Words, TextSpan Span)> cited)
    {
        var lines = new List<string>();
        foreach (var words in cited)
        {
            var claims = report.Claims.Where(c => EvidenceIndex.Fits(fact, c, words)).ToList();
            if (claims.Count == 0)
            {
                lines.Add($"      no {fact.Kind} claim on {words.Article} \"{words.Words}\"");
                continue;
            }
            foreach (var claim in claims)
            {
                var finding = report.Findings.FirstOrDefault(f => f.Claims.Any(c => ReferenceEquals(c.Claim, claim)));
                lines.Add($"      {words.Article} \"{words.Words}\": [{claim.RuleId}] '{claim.Subject}' = {claim.Value.Describe()}"
                    + (finding is null ? " (in no finding)" : $" in {finding.Verdict.Name().ToUpperInvariant()} '{finding.Subject}'"));
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>What the report made of the cited words, in one line: the first four, then how many more.</summary>
    private static string Diagnosis(StoryReport report, KeyFact fact, List<(string Article, string Words, TextSpan Span)> cited)
    {
        var parts = WhatTheReportSays(report, fact, cited).Split('\n').Select(l => l.Trim().Replace('"', '\'')).ToList();
        return parts.Count <= 4 ? string.Join("; ", parts) : $"{string.Join("; ", parts.Take(4))}; and {parts.Count - 4} more";
    }

    private static void RewriteKnownReasons(string keyFile, List<(KeyFact Fact, string Reason)> reasons)
    {
        var lines = File.ReadAllLines(keyFile).ToList();
        foreach (var (fact, reason) in reasons)
        {
            var at = int.Parse(fact.Where[(fact.Where.LastIndexOf(':') + 1)..], System.Globalization.CultureInfo.InvariantCulture) - 1;
            for (var k = at + 1; k < lines.Count && !lines[k].TrimStart().StartsWith("- fact:", StringComparison.Ordinal); k++)
            {
                if (!lines[k].StartsWith("    known: ", StringComparison.Ordinal))
                    continue;
                lines[k] = $"    known: \"{reason.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
                break;
            }
        }
        File.WriteAllText(keyFile, string.Join("\n", lines) + "\n");
    }

    private static string Describe(Finding finding)
    {
        var claims = finding.Claims.Select(c => $"{c.Position}. {c.Claim.Article.Id} \"{c.Claim.ValueText}\" = {c.Claim.Value.Describe()}");
        return $"{finding.Verdict.Name().ToUpperInvariant()} '{finding.Subject}' [{finding.Rule.Id}]: {string.Join("; ", claims)}";
    }

    private static StoryReport Check(string name)
    {
        var errors = new List<InputError>();
        var files = Directory.GetFiles(Repository.Path("corpus", name), "*.md")
            .Where(f => StoryReader.IsArticleName(Path.GetFileName(f)))
            .Order(StringComparer.Ordinal)
            .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllBytes(f)));
        var story = StoryReader.Read(name, files, errors, $"corpus/{name}");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return new Checker(Stories.BundledRules()).Check(story);
    }

    internal static YamlMappingNode? LoadKey(string path)
    {
        var yaml = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(path));
        yaml.Load(reader);
        return yaml.Documents.Count == 1 ? yaml.Documents[0].RootNode as YamlMappingNode : null;
    }

    /// <summary>What one story's report met of its key, by kind of fact.</summary>
    internal sealed class StoryScore(string story)
    {
        public string Story { get; } = story;
        public SortedDictionary<string, (int Met, int All)> ByKind { get; } = new(StringComparer.Ordinal);
        public int Met => ByKind.Values.Sum(k => k.Met);
        public int All => ByKind.Values.Sum(k => k.All);
        public int Known { get; private set; }
        public int Traps { get; private set; }
        public int TrapsRaised { get; private set; }
        public int FalseContradictions { get; private set; }
        public CoverageCount Coverage { get; set; }

        public void Add(KeyFact fact, bool met)
        {
            var (m, a) = ByKind.GetValueOrDefault(fact.Kind);
            ByKind[fact.Kind] = (m + (met ? 1 : 0), a + 1);
            Known += fact.Known is null ? 0 : 1;
        }

        public void Trap(bool raised)
        {
            Traps++;
            TrapsRaised += raised ? 1 : 0;
        }

        public void FalseContradiction() => FalseContradictions++;

        public override string ToString() =>
            $"{Met}/{All} facts met ({Known} known misses), traps raised {TrapsRaised}/{Traps}, contradictions not in the key {FalseContradictions}; "
            + string.Join(", ", ByKind.Select(k => $"{k.Key} {k.Value.Met}/{k.Value.All}"));
    }

    /// <summary>
    /// Prints one line per story and a total when the class's tests are done, as xUnit diagnostic messages (shown by
    /// 'dotnet test': the test project's xunit.runner.json turns them on).
    /// </summary>
    public sealed class ScoreBoard(IMessageSink sink) : IDisposable
    {
        private readonly ConcurrentBag<StoryScore> _scores = [];

        internal void Add(StoryScore score) => _scores.Add(score);

        public void Dispose()
        {
            if (_scores.IsEmpty)
                return;
            var scores = _scores.OrderBy(s => s.Story, StringComparer.Ordinal).ToList();
            foreach (var score in scores)
                sink.OnMessage(new DiagnosticMessage($"real story {score.Story}: {score}; seen {score.Coverage}"));
            var kinds = scores.SelectMany(s => s.ByKind).GroupBy(k => k.Key, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => $"{g.Key} {g.Sum(k => k.Value.Met)}/{g.Sum(k => k.Value.All)}");
            var met = scores.Sum(s => s.Met);
            var all = scores.Sum(s => s.All);
            var seen = scores.Sum(s => s.Coverage.Dates + s.Coverage.Figures);
            var checkedSeen = scores.Sum(s => s.Coverage.DatesChecked + s.Coverage.FiguresChecked);
            sink.OnMessage(new DiagnosticMessage(string.Create(CultureInfo.InvariantCulture,
                $"real stories, total: {met}/{all} facts met ({100.0 * met / Math.Max(1, all):0.0}%), traps raised {scores.Sum(s => s.TrapsRaised)}/{scores.Sum(s => s.Traps)}, "
                + $"contradictions not in the keys {scores.Sum(s => s.FalseContradictions)}; {string.Join(", ", kinds)}; "
                + $"dates and figures checked {checkedSeen}/{seen} ({100.0 * checkedSeen / Math.Max(1, seen):0.0}%)")));
        }
    }
}
