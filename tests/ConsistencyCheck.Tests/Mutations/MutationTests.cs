using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Verdicts;
using Xunit;

namespace ConsistencyCheck.Tests.Mutations;

/// <summary>
/// Runs every table row of Specs/Mutations.md: one edit to one article of a corpus story, made in memory, and what
/// the edited story's report must show that the unedited one does not. A row marked <c>known:</c> must still be got
/// wrong, so a fix in the engine shows up as a mark to remove.
/// </summary>
public sealed class MutationTests
{
    private const string SpecName = "Mutations.md";
    private const string KnownMark = "known:";

    private static readonly Lazy<Dictionary<int, string[]>> Rows = new(() => SpecTable.Rows(SpecName, "story"));

    // One checker for every row: reading the rules is the slowest part of a small check.
    private static readonly Lazy<Checker> Engine = new(() => new Checker(Stories.BundledRules()));

    // Each story is read from disk and checked unedited once, however many rows edit it.
    private static readonly ConcurrentDictionary<string, Lazy<Original>> Originals = new(StringComparer.Ordinal);

    public static TheoryData<string> Cases()
    {
        var data = new TheoryData<string>();
        foreach (var (line, cells) in Rows.Value)
            data.Add($"{SpecName}:{line} {cells[0]}");
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void The_report_answers_the_edit_as_the_row_expects(string row)
    {
        var outcome = Run(row);
        if (outcome.Known)
            Assert.False(outcome.AsExpected, $"{row} now gives what the row expects: the engine no longer has this weakness, so take the '{KnownMark}' mark off the row.\n{outcome.Explain()}");
        else
            Assert.True(outcome.AsExpected, outcome.Explain());
    }

    [Fact]
    public void The_spec_has_enough_rows_over_every_story()
    {
        var rows = Rows.Value.Values.ToList();
        Assert.True(rows.Count >= 30, $"{SpecName} has {rows.Count} rows");
        var quiet = rows.Count(cells => cells.Length > 4 && cells[4] == "quiet");
        Assert.True(quiet >= 8, $"{SpecName} has {quiet} rows expecting no new contradiction");
        var stories = Directory.GetDirectories(Repository.Path("corpus")).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        var missing = stories.Where(story => !rows.Any(cells => cells[0] == story)).ToList();
        Assert.True(missing.Count == 0, $"{SpecName} has no row on {string.Join(", ", missing)}");
    }

    private static Outcome Run(string row)
    {
        // "Mutations.md:45 stoltenberg-ukraine-nato": the story is there only to name the case
        var line = int.Parse(row[(SpecName.Length + 1)..row.IndexOf(' ', StringComparison.Ordinal)], CultureInfo.InvariantCulture);
        var cells = Rows.Value[line];
        Assert.True(cells.Length == 7, $"{SpecName}:{line}: a row has 7 cells (story, article, find, replace, expect, kind, note), not {cells.Length}");
        var mutation = new Mutation(line, cells[0], cells[1], cells[2], cells[3], cells[4], cells[5], cells[6].StartsWith(KnownMark, StringComparison.Ordinal));
        Assert.True(mutation.Expect is "contradiction" or "quiet", $"{mutation.Where}: expect must be 'contradiction' or 'quiet', not '{mutation.Expect}'");
        Assert.True(mutation.Find.Length > 0 && mutation.Find != mutation.Replace, $"{mutation.Where}: the text to find is empty or the same as its replacement");

        var original = Originals.GetOrAdd(mutation.Story, story => new Lazy<Original>(() => Original.Read(story))).Value;
        var index = original.Files.FindIndex(f => f.Path == mutation.Article);
        Assert.True(index >= 0, $"{mutation.Where}: corpus/{mutation.Story} has no article '{mutation.Article}' (articles: {string.Join(", ", original.Files.Select(f => f.Path))})");

        var text = Encoding.UTF8.GetString(original.Files[index].Content);
        var at = text.IndexOf(mutation.Find, StringComparison.Ordinal);
        var occurrences = 0;
        for (var i = at; i >= 0; i = text.IndexOf(mutation.Find, i + 1, StringComparison.Ordinal))
            occurrences++;
        Assert.True(occurrences == 1,
            $"{mutation.Where}: \"{mutation.Find}\" occurs {occurrences} times in corpus/{mutation.Story}/{mutation.Article}; a row's text must occur exactly once, so widen it until it does");

        var edited = string.Concat(text.AsSpan(0, at), mutation.Replace, text.AsSpan(at + mutation.Find.Length));
        var files = original.Files.ToList();
        files[index] = files[index] with { Content = Encoding.UTF8.GetBytes(edited) };
        var report = Check(mutation.Story, files);
        var editedLine = 1 + edited.AsSpan(0, at).Count('\n');
        return new Outcome(mutation, original.Report, report, editedLine, at - edited.LastIndexOf('\n', Math.Max(0, at - 1)));
    }

    private static StoryReport Check(string story, IEnumerable<SourceFile> files)
    {
        var errors = new List<InputError>();
        var read = StoryReader.Read(story, files, errors, $"corpus/{story}");
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        return Engine.Value.Check(read);
    }

    /// <summary>One row of the spec, its cells named.</summary>
    private sealed record Mutation(int Line, string Story, string Article, string Find, string Replace, string Expect, string Kind, bool Known)
    {
        public string Where => $"{SpecName}:{Line}";

        public string ArticleId => Path.GetFileNameWithoutExtension(Article);
    }

    /// <summary>A story as it stands in corpus/: its files, and the report of them unedited.</summary>
    private sealed record Original(List<SourceFile> Files, StoryReport Report)
    {
        public static Original Read(string story)
        {
            var dir = Repository.Path("corpus", story);
            Assert.True(Directory.Exists(dir), $"no story corpus/{story}");
            var files = Directory.GetFiles(dir, "*.md").Where(f => StoryReader.IsArticleName(Path.GetFileName(f))).Order(StringComparer.Ordinal)
                .Select(f => new SourceFile(Path.GetFileName(f), File.ReadAllBytes(f))).ToList();
            return new Original(files, Check(story, files));
        }
    }

    /// <summary>
    /// What a finding is about, its articles, and which of them dissent (have a claim that contradicts position 1, the
    /// one the most outlets hold), to tell a finding the edit made from one the story already had: an article that comes to
    /// dissent in a contradiction the story already has makes a new one, a rewording inside the majority does not.
    /// </summary>
    private sealed record FindingKey(string Rule, string Subject, string Articles, string Dissenters)
    {
        // The rule's subject, not the label: the label takes the most specific place any claim names, which an
        // edit that only writes a place more fully would change.
        public static FindingKey Of(Finding finding)
        {
            var majority = finding.Claims.First(c => c.Position == 1).Claim;
            var dissenters = finding.Claims.Where(c => finding.Rule.Comparer.Compare(majority, c.Claim).Verdict == Verdict.Contradict)
                .Select(c => c.Claim.Article.Id).Distinct().Order(StringComparer.Ordinal);
            var articles = finding.Claims.Select(c => c.Claim.Article.Id).Distinct().Order(StringComparer.Ordinal);
            return new(finding.Rule.Id, majority.Subject ?? finding.Subject, string.Join(", ", articles), string.Join(", ", dissenters));
        }
    }

    /// <summary>The reports before and after one edit, and whether they differ as the row expects.</summary>
    private sealed class Outcome
    {
        private readonly Mutation _mutation;
        private readonly StoryReport _before;
        private readonly StoryReport _after;
        private readonly int _line;
        private readonly int _column;

        public Outcome(Mutation mutation, StoryReport before, StoryReport after, int line, int column)
        {
            _mutation = mutation;
            _before = before;
            _after = after;
            _line = line;
            _column = column;
            var known = before.Findings.Where(IsContradiction).Select(FindingKey.Of).ToHashSet();
            NewContradictions = [.. after.Findings.Where(f => IsContradiction(f) && !known.Contains(FindingKey.Of(f)))];
            AsExpected = mutation.Expect == "quiet"
                ? NewContradictions.Count == 0
                : NewContradictions.Any(f => f.Claims.Any(c => c.Claim.Article.Id == mutation.ArticleId));
        }

        public IReadOnlyList<Finding> NewContradictions { get; }

        public bool AsExpected { get; }

        public bool Known => _mutation.Known;

        /// <summary>The edit, what it changed in the report, and what the report says of the claims on the edited line.</summary>
        public string Explain()
        {
            var m = _mutation;
            var text = new StringBuilder();
            text.AppendLine(CultureInfo.InvariantCulture, $"{m.Where} ({m.Kind}): corpus/{m.Story}/{m.Article}:{_line}:{_column}: \"{m.Find}\" → \"{m.Replace}\"");
            text.AppendLine(m.Expect == "quiet"
                ? "  expected: no contradiction the unedited story does not have"
                : $"  expected: a new contradiction that holds a claim of {m.ArticleId}");

            text.AppendLine(NewContradictions.Count == 0 ? "  new contradictions: none" : "  new contradictions:");
            foreach (var finding in NewContradictions)
                text.AppendLine(CultureInfo.InvariantCulture, $"    {Describe(finding)}");

            // Findings whose verdict or claims the edit changed: "-" as they were, "+" as they are.
            var before = _before.Findings.Select(Signature).ToHashSet(StringComparer.Ordinal);
            var after = _after.Findings.Select(Signature).ToHashSet(StringComparer.Ordinal);
            var gone = _before.Findings.Where(f => !after.Contains(Signature(f))).Select(f => $"    - {Describe(f)}").ToList();
            var come = _after.Findings.Where(f => !before.Contains(Signature(f))).Select(f => $"    + {Describe(f)}").ToList();
            text.AppendLine(gone.Count + come.Count == 0 ? "  findings changed by the edit: none" : "  findings changed by the edit:");
            foreach (var change in gone.Concat(come))
                text.AppendLine(change);

            var claims = _after.Claims.Where(c => c.Article.Id == m.ArticleId && c.Evidence.Line == _line).ToList();
            text.AppendLine(claims.Count == 0
                ? $"  claims on line {_line} of {m.ArticleId}: none (no rule reads the edited text)"
                : $"  claims on line {_line} of {m.ArticleId}:");
            foreach (var claim in claims)
                text.AppendLine(CultureInfo.InvariantCulture, $"    {claim.Evidence.Line}:{claim.Evidence.Column} {DescribeClaim(claim)}");
            return text.ToString();
        }

        private string DescribeClaim(Claim claim)
        {
            var subject = claim.Subject is null ? "(no subject)" : claim.Place is null ? $"'{claim.Subject}'" : $"'{claim.Subject}' in {claim.Place}";
            var resolution = claim.Value.Resolution is { } how ? $" ({how})" : "";
            var scope = claim.When is { } when ? $" for {when.Describe()}" : "";
            var said = $"[{claim.RuleId}] {subject} \"{claim.ValueText}\" = {claim.Value.Describe()}{scope}{resolution}";
            if (claim.Subject is null)
                return $"{said}: listed, never compared";
            if (_after.NotCompared.FirstOrDefault(n => ReferenceEquals(n.Claim, claim)) is { } left)
                return $"{said}: not compared, as {left.Reason}";
            var findings = _after.Findings.Where(f => f.Claims.Any(c => ReferenceEquals(c.Claim, claim))).Select(f => $"{f.Verdict.Name().ToUpperInvariant()} '{f.Subject}'");
            return $"{said}: in {string.Join(" and ", findings)}";
        }

        /// <summary>A finding by its verdict, subject and claims' values, but not their positions, which an edit of another length shifts.</summary>
        private static string Signature(Finding finding) =>
            $"{finding.Id.AsSpan(0, finding.Id.LastIndexOf('/'))}|{finding.Verdict}|{string.Join(";", finding.Claims.Select(c => $"{c.Position}:{c.Claim.Article.Id}:{c.Claim.ValueText}={c.Claim.Value.Describe()}"))}";

        private static bool IsContradiction(Finding finding) => finding.Verdict is Verdict.Contradict or Verdict.Internal;

        private static string Describe(Finding finding)
        {
            var claims = finding.Claims.Select(c => $"{c.Position}. {c.Claim.Article.Id} \"{c.Claim.ValueText}\" = {c.Claim.Value.Describe()}");
            return $"{finding.Verdict.Name().ToUpperInvariant()} '{finding.Subject}' [{finding.Rule.Id}]: {string.Join("; ", claims)}";
        }
    }
}
