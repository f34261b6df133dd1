using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

/// <summary>
/// Inputs a hostile but fair tester feeds the checker, each at a size and at twice that size: the time ratio of the
/// two shows how the cost grows (1 to 2.3 is near-linear; 4 is quadratic). Each story holds two articles, one of them
/// the hostile one, as a newsroom's story would.
/// </summary>
internal static class Hostile
{
    private const string Normal = "The storm closed the coast road on Monday, killing 12 people, the council said.";

    private static readonly (string Name, int Size, Func<int, string> Body)[] Inputs =
    [
        ("an opening quote mark repeated, never closed (KB)", 100, kb => Repeat("“Word ", kb * 1024)),
        ("capitalised words in a row (words)", 5_000, words => string.Join(' ', Enumerable.Range(0, words).Select(i => Name(i))) + "."),
        ("money figures in one long sentence (KB)", 50, kb => "The council spent " + Repeat("€12 million and ", kb * 1024) + "more."),
        ("short lines, each with a count (lines)", 6_250, lines => string.Concat(Enumerable.Range(0, lines).Select(i => $"{i % 90 + 10} people were killed.\n\n"))),
        ("a hyphenated chain of event words (KB)", 100, kb => "The " + Repeat("summit-meeting-visit-", kb * 1024) + "talks took place on Monday."),
        ("realistic news text in one article (KB)", 256, kb => Repeat(Normal + " ", kb * 1024)),
    ];

    public static void Run(RuleSet rules)
    {
        Console.WriteLine("hostile inputs: time and managed memory at a size and at twice it (ratio ≤ 2.3 is near-linear)");
        foreach (var (name, size, body) in Inputs)
        {
            var (small, smallMemory) = Time(rules, body(size));
            var (large, largeMemory) = Time(rules, body(size * 2));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {name}: {size:N0} → {size * 2:N0}: {small.TotalMilliseconds:N0} ms → {large.TotalMilliseconds:N0} ms, ratio {large / small:F2}; "
                + $"peak heap {smallMemory / 1048576.0:F0} → {largeMemory / 1048576.0:F0} MB, ratio {(double)largeMemory / Math.Max(1, smallMemory):F2}"));
        }
        ManyArticles(rules, 250);
    }

    /// <summary>One story of many articles: the same text under many outlet names.</summary>
    private static void ManyArticles(RuleSet rules, int articles)
    {
        var text = "The summit in Oslo took place on Monday, and 40 ministers attended. “We agreed on the plan,” Ana Ruiz said.";
        var (small, smallMemory) = TimeStory(rules, Enumerable.Range(0, articles).Select(i => Article($"Outlet {i}", text)));
        var (large, largeMemory) = TimeStory(rules, Enumerable.Range(0, articles * 2).Select(i => Article($"Outlet {i}", text)));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  one story of many articles: {articles:N0} → {articles * 2:N0}: {small.TotalMilliseconds:N0} ms → {large.TotalMilliseconds:N0} ms, ratio {large / small:F2}; "
            + $"peak heap {smallMemory / 1048576.0:F0} → {largeMemory / 1048576.0:F0} MB"));
    }

    private static (TimeSpan Time, long PeakHeap) Time(RuleSet rules, string body) =>
        TimeStory(rules, [Article("Harbour Times", body), Article("Coast Wire", Normal)]);

    private static (TimeSpan Time, long PeakHeap) TimeStory(RuleSet rules, IEnumerable<string> articles)
    {
        var files = articles.Select((text, i) => new SourceFile($"a{i:D5}.md", Encoding.UTF8.GetBytes(text))).ToList();
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var peak = 0L;
        using var watch = new Timer(_ => peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false)), null, 0, 5);
        var clock = Stopwatch.StartNew();
        var errors = new List<InputError>();
        var story = StoryReader.Read("hostile", files, errors);
        _ = new Checker(rules).Check(story);
        clock.Stop();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        return (clock.Elapsed, peak);
    }

    private static string Article(string outlet, string body) =>
        $"---\noutlet: {outlet}\ntitle: T\npublished: 2025-03-04\n---\n{body}\n";

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
            text.Append(unit);
        return text.ToString();
    }

    private static string Name(int i) => i % 3 == 0 ? "Northern" : i % 3 == 1 ? "Harbour" : "Authority";
}
