using System.Diagnostics;
using System.Globalization;
using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Language;
using ConsistencyCheck.Numbers;
using ConsistencyCheck.Recognisers;
using ConsistencyCheck;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

// Throughput of the recognisers and the engine on generated news text. Figures, not pass/fail: compare ratios within one run.
// Arguments: the modes to run and the MB of text for dates and quantities (default 20).
string[] known = ["dates", "quantities", "check", "e2e", "gazetteer", "hostile"];
var modes = new List<string>();
var sizeMb = 20;
foreach (var arg in args)
{
    if (known.Contains(arg))
        modes.Add(arg);
    else if (int.TryParse(arg, NumberStyles.None, CultureInfo.InvariantCulture, out var mb) && mb > 0)
        sizeMb = mb;
    else
    {
        Console.Error.WriteLine($"unknown argument '{arg}': give modes among {string.Join(", ", known)} and the MB of text, e.g. 'dates quantities 20'");
        return 2;
    }
}
if (modes.Count == 0)
    modes.AddRange(["dates", "quantities", "check"]); // e2e takes a minute or two, so it runs when asked for
if (modes.Contains("gazetteer"))
    GazetteerBench.Run();

Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeInfoText()}");
if (modes.Contains("dates") || modes.Contains("quantities"))
{
    var text = Corpus.Generate(sizeMb * 1024 * 1024, out var sentences);
    var reference = new DateOnly(2024, 3, 14);
    Console.WriteLine($"text: {text.Length / 1048576.0:F1} MB of generated news sentences ({sentences:N0} sentences)");
    var spans = SentenceSpans(text);
    if (modes.Contains("dates"))
    {
        Measure("dates", text, spans, reference);
        Measure("dates", text, spans, reference); // the second run is the steady state
    }
    if (modes.Contains("quantities"))
    {
        MeasureQuantities(text, spans, reference);
        MeasureQuantities(text, spans, reference);
    }
}
if (modes.Contains("check"))
{
    var rules = Stories.BundledRules();
    Check(rules, stories: 200, articlesPerStory: 10);
    Check(rules, stories: 200, articlesPerStory: 10);
    Check(rules, stories: 20, articlesPerStory: 100); // the same articles in 10× larger stories: grouping must stay near-linear
}
if (modes.Contains("e2e"))
    EndToEnd.Run(Stories.BundledRules());
if (modes.Contains("hostile"))
    Hostile.Run(Stories.BundledRules());
return 0;

static void Check(RuleSet rules, int stories, int articlesPerStory)
{
    var checker = new Checker(rules);
    var generated = Stories.Generate(stories, articlesPerStory, out var bytes);
    GC.Collect();
    var before = GC.GetTotalAllocatedBytes(precise: true);
    var clock = Stopwatch.StartNew();
    var findings = 0;
    foreach (var story in generated)
        findings += checker.Check(story).Findings.Count;
    clock.Stop();
    var allocated = GC.GetTotalAllocatedBytes(precise: true) - before;
    var articles = stories * articlesPerStory;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"check, {stories} stories × {articlesPerStory} articles: {articles / clock.Elapsed.TotalSeconds:N0} articles/s, " +
        $"{bytes / 1048576.0 / clock.Elapsed.TotalSeconds:F1} MB/s, {findings:N0} findings, {clock.ElapsedMilliseconds} ms, " +
        $"{allocated / 1048576.0:F0} MB allocated, peak working set {Environment.WorkingSet / 1048576.0:F0} MB"));
}

static void MeasureQuantities(string text, List<TextSpan> spans, DateOnly reference)
{
    var tokens = new List<Token>(64);
    var dates = new List<DateMention>(8);
    var found = new List<QuantityMention>(8);
    var figures = 0;
    var isDate = new bool[1024];
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    foreach (var span in spans)
    {
        Tokenizer.Tokenize(text, span, tokens);
        dates.Clear();
        DateScan.Find(text, tokens, reference, LanguagePack.Bundled.English, dates);
        var mask = isDate.AsSpan(0, tokens.Count);
        mask.Clear();
        foreach (var date in dates)
            mask.Slice(date.FirstToken, date.LastToken - date.FirstToken + 1).Fill(true);
        found.Clear();
        QuantityScan.Find(text, tokens, mask, LanguagePack.Bundled.Numbers.Figures, found);
        figures += found.Count;
    }
    clock.Stop();
    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    var mb = text.Length / 1048576.0;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"dates+quantities: {mb / clock.Elapsed.TotalSeconds:F1} MB/s, {spans.Count / clock.Elapsed.TotalSeconds:N0} sentences/s, " +
        $"{figures:N0} figures found, {allocated / mb / 1024:F0} KB allocated per MB ({clock.ElapsedMilliseconds} ms, one thread)"));
}

static void Measure(string name, string text, List<TextSpan> spans, DateOnly reference)
{
    var tokens = new List<Token>(64);
    var found = new List<DateMention>(8);
    var mentions = 0;
    var before = GC.GetAllocatedBytesForCurrentThread();
    var clock = Stopwatch.StartNew();
    foreach (var span in spans)
    {
        Tokenizer.Tokenize(text, span, tokens);
        found.Clear();
        DateScan.Find(text, tokens, reference, LanguagePack.Bundled.English, found);
        mentions += found.Count;
    }
    clock.Stop();
    var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
    var mb = text.Length / 1048576.0; // the generated text is ASCII: one character is one byte
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{name}: {mb / clock.Elapsed.TotalSeconds:F1} MB/s, {spans.Count / clock.Elapsed.TotalSeconds:N0} sentences/s, " +
        $"{mentions:N0} dates found, {allocated / mb / 1024:F0} KB allocated per MB ({clock.ElapsedMilliseconds} ms, one thread)"));
}

static List<TextSpan> SentenceSpans(string text)
{
    var spans = new List<TextSpan>();
    var start = 0;
    for (var i = 0; i < text.Length; i++)
    {
        if (text[i] != '\n')
            continue;
        spans.Add(TextSpan.FromBounds(start, i));
        start = i + 1;
    }
    return spans;
}

static string RuntimeInfoText() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

internal static class Stories
{
    private static readonly string[] Outlets = ["Daily Ledger", "Harbour Times", "Valley Post", "Metro Wire", "North Star"];

    /// <summary>Stories whose articles are drawn from the benchmark sentences, each dated a few days apart.</summary>
    public static List<Story> Generate(int stories, int articlesPerStory, out long bytes)
    {
        var result = new List<Story>(stories);
        bytes = 0;
        var sentence = 0;
        for (var s = 0; s < stories; s++)
        {
            var files = new List<SourceFile>(articlesPerStory);
            for (var a = 0; a < articlesPerStory; a++)
            {
                var body = new StringBuilder();
                for (var k = 0; k < 12; k++)
                    body.Append(Corpus.Sentence(sentence++)).Append(k % 3 == 2 ? "\n\n" : " ");
                var published = new DateOnly(2024, 3, 1).AddDays(a % 5);
                var text = $"---\noutlet: {Outlets[a % Outlets.Length]} {a / Outlets.Length}\ntitle: Story {s}\npublished: {published:yyyy-MM-dd}\n---\n{body}";
                var content = Encoding.UTF8.GetBytes(text);
                bytes += content.Length;
                files.Add(new SourceFile($"article-{a:D3}.md", content));
            }
            var errors = new List<InputError>();
            result.Add(StoryReader.Read($"story-{s:D4}", files, errors));
            if (errors.Count > 0)
                throw new InvalidOperationException(string.Join("\n", errors));
        }
        return result;
    }

    public static RuleSet BundledRules()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "rules");
        var errors = new List<InputError>();
        var files = Directory.GetFiles(folder, "*.yml").Order(StringComparer.Ordinal).Select(f => new SourceFile(f, File.ReadAllBytes(f)));
        var rules = RuleSet.Read(files, errors);
        if (errors.Count > 0)
            throw new InvalidOperationException(string.Join("\n", errors));
        return rules;
    }
}

internal static class Corpus
{
    public static string Sentence(int i) => Templates[i % Templates.Length];

    // Sentences written for the benchmark: the forms news text uses, and as many without a date as with one.
    private static readonly string[] Templates =
    [
        "The council will vote on the budget on Thursday, officials said.",
        "Rescuers reached the village on March 3, 2024, two days after the landslide.",
        "The company said its third-quarter revenue rose 12 percent to $4.1 billion.",
        "Talks are expected to resume in mid-April in Geneva.",
        "The airline cancelled 340 flights over the weekend amid the storm.",
        "Just over a year ago, the factory employed some 2,000 workers.",
        "Voters go to the polls on 11 May, the electoral commission confirmed.",
        "The minister, who took office last September, declined to comment.",
        "Prices have climbed steadily since February 2022, according to the bureau.",
        "The launch window opens between 5 and 7 June and closes at the end of the month.",
        "Police said the suspect was arrested yesterday near the border.",
        "The stadium, built in 1998, seats about 45,000 spectators.",
        "The court will deliver its verdict next Tuesday, lawyers for both sides said.",
        "Engineers expect the bridge to reopen in early 2025.",
        "In the 1990s, the region exported most of its grain by rail.",
        "Shares fell 3.2 percent in early trading as investors weighed the report.",
        "The festival, held every summer since 2010, drew record crowds this year.",
        "Two weeks ago the mayor promised a decision by the end of the year.",
        "They may meet again, but no date has been set.",
        "The final takes place on Sunday, 14 July 2024, in the capital.",
    ];

    public static string Generate(int characters, out int sentences)
    {
        var builder = new StringBuilder(characters + 200);
        sentences = 0;
        var i = 0;
        while (builder.Length < characters)
        {
            builder.Append(Templates[i++ % Templates.Length]).Append('\n');
            sentences++;
        }
        return builder.ToString();
    }
}
