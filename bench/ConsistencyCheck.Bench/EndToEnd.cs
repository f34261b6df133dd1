using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;

/// <summary>
/// The e2e mode: the whole engine, StoryReader then Checker with the bundled rules, over 10,000 articles written from
/// the recognisers' spec sentences. The same articles are read once as 1,000 stories of 10 and once as 100 stories of
/// 100, so the ratio of the two times is what larger stories cost, nothing else.
/// </summary>
internal static class EndToEnd
{
    private const int Articles = 10_000;
    private const int SmallStory = 10;
    private const int LargeStory = 100;
    private const int SentencesPerArticle = 20;

    /// <summary>The sentences a large story's articles draw from: outlets covering one story repeat its facts.</summary>
    private const int SentencesPerStory = 60;

    private const int Runs = 3;

    private static readonly string[] Outlets = ["Daily Ledger", "Harbour Times", "Valley Post", "Metro Wire", "North Star"];

    public static void Run(RuleSet rules)
    {
        var tests = Path.Combine(RepositoryRoot(), "tests", "ConsistencyCheck.Tests");
        var dates = SpecSentences(Path.Combine(tests, "Dates", "Dates.md"));
        var quantities = SpecSentences(Path.Combine(tests, "Kinds", "Quantity", "Quantities.md"));
        var files = Generate([.. dates, .. quantities]);
        var bytes = files.Sum(f => (long)f.Content.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e: {Articles:N0} articles of {SentencesPerArticle} sentences drawn from {dates.Count} Dates.md and {quantities.Count} " +
            $"Quantities.md spec sentences, {bytes / 1048576.0:F1} MB of Markdown (front matter included)"));

        var small = CutIntoStories(files, SmallStory);
        var large = CutIntoStories(files, LargeStory);
        var checker = new Checker(rules);
        Measure(checker, small[..(small.Count / 10)]); // warm-up: the JIT's tiers and the lazy vocabularies, not reported

        // Interleaved, so that load from other processes on the shared machine falls on both sizes alike.
        var smallRuns = new List<Result> { Measure(checker, small) };
        var smallPeak = PeakWorkingSet();
        var largeRuns = new List<Result>();
        for (var run = 1; run < Runs; run++)
        {
            largeRuns.Add(Measure(checker, large));
            smallRuns.Add(Measure(checker, small));
        }
        largeRuns.Add(Measure(checker, large));
        var largePeak = PeakWorkingSet();

        var smallMedian = Report(small.Count, SmallStory, smallRuns, bytes, smallPeak);
        var largeMedian = Report(large.Count, LargeStory, largeRuns, bytes, largePeak);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e {LargeStory / SmallStory}× articles per story vs 1×: time ratio {largeMedian.TotalMilliseconds / smallMedian.TotalMilliseconds:F2} " +
            $"(median {largeMedian.TotalMilliseconds:F0} ms / {smallMedian.TotalMilliseconds:F0} ms, same {Articles:N0} articles)"));
    }

    private static TimeSpan Report(int stories, int articlesPerStory, List<Result> runs, long bytes, long peak)
    {
        var sorted = runs.OrderBy(r => r.Time).ToList();
        var median = sorted[sorted.Count / 2];
        var seconds = median.Time.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"e2e {stories:N0} stories × {articlesPerStory} articles: {Articles / seconds:N0} articles/s, {bytes / 1048576.0 / seconds:F1} MB/s, " +
            $"{median.Claims:N0} claims, {median.Findings:N0} findings, median {median.Time.TotalMilliseconds:F0} ms of " +
            $"{string.Join(" / ", runs.Select(r => r.Time.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture)))}, " +
            $"{median.Allocated / 1048576.0:F0} MB allocated ({median.Allocated / Articles:N0} bytes per article), " +
            $"peak working set {peak / 1048576.0:F0} MB"));
        return median.Time;
    }

    /// <summary>Reads and checks every story as the CLI does: all stories read, then all checked, the reports kept to the end.</summary>
    private static Result Measure(Checker checker, List<(string Name, SourceFile[] Files)> stories)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        var errors = new List<InputError>();
        var read = stories.Select(s => StoryReader.Read(s.Name, s.Files, errors)).ToList();
        var reports = read.Select(checker.Check).ToList();
        clock.Stop();
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors));
        return new Result(clock.Elapsed, allocated, reports.Sum(r => r.Claims.Count), reports.Sum(r => r.Findings.Count));
    }

    private static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    private static List<(string Name, SourceFile[] Files)> CutIntoStories(List<SourceFile> files, int articlesPerStory) =>
        [.. files.Chunk(articlesPerStory).Select((chunk, s) => ($"story-{s:D4}", chunk))];

    /// <summary>
    /// The articles, the same on every run and machine (a fixed seed). Each block of <see cref="LargeStory"/> articles
    /// is one story: its articles share a date and a pool of sentences, so the small stories cut from it do too.
    /// </summary>
    private static List<SourceFile> Generate(string[] sentences)
    {
        var random = new Random(20240314);
        var files = new List<SourceFile>(Articles);
        var pool = new string[SentencesPerStory];
        var text = new StringBuilder();
        for (var article = 0; article < Articles; article++)
        {
            var story = article / LargeStory;
            var inStory = article % LargeStory;
            if (inStory == 0)
            {
                Shuffle(random, sentences, SentencesPerStory);
                sentences.AsSpan(0, SentencesPerStory).CopyTo(pool);
            }
            Shuffle(random, pool, SentencesPerArticle);
            var published = new DateOnly(2024, 1, 1).AddDays(story * 3 + inStory % 5);
            text.Clear();
            text.Append(CultureInfo.InvariantCulture,
                $"---\noutlet: {Outlets[inStory % Outlets.Length]} {inStory / Outlets.Length}\ntitle: Story {story}, article {inStory}\n" +
                $"published: {published:yyyy-MM-dd}\nurl: https://example.org/story-{story:D3}/article-{inStory:D3}\n---\n");
            for (var k = 0; k < SentencesPerArticle; k++)
                text.Append(pool[k]).Append(k % 4 == 3 ? "\n\n" : " ");
            files.Add(new SourceFile($"article-{inStory:D3}.md", Encoding.UTF8.GetBytes(text.ToString())));
        }
        return files;
    }

    /// <summary>Puts <paramref name="count"/> items drawn at random without repeats at the front of <paramref name="items"/>.</summary>
    private static void Shuffle(Random random, string[] items, int count)
    {
        for (var k = 0; k < count; k++)
        {
            var pick = random.Next(k, items.Length);
            (items[k], items[pick]) = (items[pick], items[k]);
        }
    }

    /// <summary>The first cell of every table row of a spec: the sentences the recognisers are tested on.</summary>
    private static List<string> SpecSentences(string path) =>
    [
        .. File.ReadLines(path)
            .Select(line => line.Trim())
            .Where(line => line.StartsWith('|') && !line.StartsWith("|-", StringComparison.Ordinal))
            .Select(line => line.Trim('|').Split('|')[0].Trim())
            .Where(cell => cell != "sentence"),
    ];

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ConsistencyCheck.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException("ConsistencyCheck.sln not found above " + AppContext.BaseDirectory);
    }

    private sealed record Result(TimeSpan Time, long Allocated, int Claims, int Findings);
}
