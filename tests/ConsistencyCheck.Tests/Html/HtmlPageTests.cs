using System.Text;
using System.Text.Json;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Tests.Corpus;
using Xunit;
using Xunit.Abstractions;

namespace ConsistencyCheck.Tests.Html;

/// <summary>
/// The page as a reader's browser shows it: Debian's Chromium, headless, opens it from a file with no network; nothing
/// may fail or be fetched, and axe-core (the copy in Deque.AxeCore.Commons) may find no serious or critical barrier.
/// Where Chromium cannot be had, the test is reported skipped, saying why.
/// </summary>
public sealed class HtmlPageTests(ITestOutputHelper output)
{
    [SkippableFact]
    public async Task The_page_opens_offline_without_errors_and_has_no_serious_accessibility_barrier()
    {
        var (browser, why) = ChromiumInstall.Browser;
        Skip.If(browser is null, $"No Chromium for the browser test: {why}");

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var folder = Directory.CreateTempSubdirectory("consistencycheck-html-").FullName;
        try
        {
            var file = Path.Combine(folder, "stories.html");
            await File.WriteAllTextAsync(file, HtmlReport.Check([SeedStoryTests.Check(), HtmlReportTests.Hostile()]), new UTF8Encoding(false));
            var url = new Uri(file).AbsoluteUri;
            output.WriteLine($"page written {clock.Elapsed}");
            await using var chromium = await Chromium.Start(browser);
            output.WriteLine($"browser started {clock.Elapsed}");
            await chromium.Open(url);
            output.WriteLine($"page loaded {clock.Elapsed}");

            // The first Tab reaches the skip link, which comes into view with a visible outline
            await chromium.PressTab();
            var focus = await chromium.Evaluate(
                "(() => { const e = document.activeElement, r = e.getBoundingClientRect(), s = getComputedStyle(e);"
                + " return JSON.stringify({ href: e.getAttribute('href'), left: r.left, top: r.top, outline: s.outlineStyle, width: s.outlineWidth }); })()",
                "the focused element");
            var focused = JsonDocument.Parse(focus.GetString()!).RootElement;
            Assert.Equal("#main", focused.GetProperty("href").GetString());
            Assert.True(focused.GetProperty("left").GetDouble() >= 0 && focused.GetProperty("top").GetDouble() >= 0, $"the skip link is off screen when focused: {focus}");
            Assert.Equal("solid", focused.GetProperty("outline").GetString());

            var shot = await chromium.Screenshot();
            var saved = Path.Combine(AppContext.BaseDirectory, "html-report", "stories.png");
            Directory.CreateDirectory(Path.GetDirectoryName(saved)!);
            await File.WriteAllBytesAsync(saved, shot);
            output.WriteLine($"Screenshot: {saved} ({shot.Length} bytes)");
            Assert.True(shot.Length > 1000, $"the screenshot is {shot.Length} bytes");
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, shot[..8]);

            output.WriteLine($"screenshot {clock.Elapsed}");
            var loaded = await chromium.Evaluate(AxeSource() + "\n;typeof axe.run", "axe-core to load");
            Assert.Equal("function", loaded.GetString());
            var found = await chromium.Evaluate(
                "axe.run(document, { resultTypes: ['violations'] }).then(r => JSON.stringify(r.violations.map(v => "
                + "({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.length, first: v.nodes.slice(0, 3).map(n => n.target.join(' ')) }))))",
                "axe-core to check the page", TimeSpan.FromSeconds(60)); // a few seconds alone; a loaded machine takes longer
            output.WriteLine($"axe {clock.Elapsed}");
            var violations = JsonDocument.Parse(found.GetString()!).RootElement.EnumerateArray().ToList();
            foreach (var violation in violations)
                output.WriteLine($"axe: {violation}");
            var serious = violations.Where(v => v.GetProperty("impact").GetString() is "serious" or "critical").Select(v => v.ToString()).ToList();
            Assert.True(serious.Count == 0, "axe-core found serious or critical barriers:\n" + string.Join("\n", serious));
            // The same check sees a barrier when there is one: a page without its language
            var control = await chromium.Evaluate(
                "document.documentElement.removeAttribute('lang'); axe.run(document, { runOnly: ['html-has-lang'] }).then(r => r.violations.map(v => v.impact).join())",
                "axe-core to check the page without its language");
            Assert.Equal("serious", control.GetString());

            // An error in the console is seen: the page's own would be
            await chromium.Evaluate("console.error('probe from the test')", "the console probe");
            await chromium.WaitFor("Runtime.consoleAPICalled", "the console probe's message");

            var events = chromium.Events;
            Assert.Contains(events, e => e.Method == "Network.requestWillBeSent"); // the page itself: requests are seen
            var problems = events.Select(e => Problem(e.Method, e.Params, url)).OfType<string>().ToList();
            Assert.Single(problems, p => p.Contains("probe from the test", StringComparison.Ordinal));
            problems.RemoveAll(p => p.Contains("probe from the test", StringComparison.Ordinal));
            Assert.True(problems.Count == 0, "the page logged errors or made requests:\n" + string.Join("\n", problems));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What is wrong in one event of the page: an error, an exception, a failed request or any request but the page's own.</summary>
    private static string? Problem(string method, JsonElement e, string page) => method switch
    {
        "Runtime.consoleAPICalled" when e.GetProperty("type").GetString() is "error" or "assert" => $"console {e.GetProperty("type")}: {e.GetProperty("args")}",
        "Runtime.exceptionThrown" => $"exception: {e.GetProperty("exceptionDetails")}",
        "Log.entryAdded" when e.GetProperty("entry").GetProperty("level").GetString() == "error" => $"log error: {e.GetProperty("entry")}",
        "Network.loadingFailed" => $"failed request: {e}",
        "Network.requestWillBeSent" when e.GetProperty("request").GetProperty("url").GetString() != page => $"request: {e.GetProperty("request").GetProperty("url")}",
        _ => null,
    };

    private static string AxeSource()
    {
        using var stream = typeof(Deque.AxeCore.Commons.AxeResult).Assembly.GetManifestResourceStream("Deque.AxeCore.Commons.Resources.axe.min.js")
            ?? throw new InvalidOperationException("Deque.AxeCore.Commons no longer holds Resources/axe.min.js");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
