using System.Globalization;
using System.Text;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Dates;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The story view for an editor: one self-contained page (no script, nothing fetched) with each story's timeline across
/// outlets, its findings by verdict, and its articles side by side with every claim marked in its sentence; each mark
/// links to its finding and each finding back to its marks.
/// </summary>
public static class HtmlReport
{
    public static string Check(IReadOnlyList<StoryReport> reports) => Check(reports, default);

    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var html = new StringBuilder(Start([.. reports.Select(r => r.Story.Name)]));
        for (var i = 0; i < reports.Count; i++)
            html.Append(Story(reports[i], i + 1, options));
        return html.Append(End()).ToString();
    }

    /// <summary>The page up to the first story; the stories' names make the index, so the stories can follow one by one.</summary>
    internal static string Start(IReadOnlyList<string> stories)
    {
        var title = stories.Count == 1 ? $"Consistency report: {Escape(stories[0])}" : $"Consistency report: {Count(stories.Count, "story", "stories")}";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            // Article text is the outlets' words: should an escape ever fail, the page still runs nothing and fetches nothing
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Style).Append("</style>\n</head>\n<body>\n")
            .Append("<a class=\"skip\" href=\"#main\">Skip to the report</a>\n<header class=\"page\">\n<h1>").Append(title).Append("</h1>\n")
            .Append("<p>What the outlets say about each fact, checked against each other. Every mark in an article is labelled with its finding's verdict and links to it; every finding links back to its marks.</p>\n");
        if (stories.Count > 1)
        {
            html.Append("<nav aria-label=\"Stories\">\n<ol>\n");
            for (var i = 0; i < stories.Count; i++)
                html.Append(Inv($"<li><a href=\"#s{i + 1}\">{Escape(stories[i])}</a></li>\n"));
            html.Append("</ol>\n</nav>\n");
        }
        return html.Append("</header>\n<main id=\"main\">\n").ToString();
    }

    internal static string End() => "</main>\n</body>\n</html>\n";

    /// <summary>
    /// One story's section; <paramref name="number"/> (from 1) makes its anchors unique on the page. The findings a
    /// baseline, an accepted file or <c>--show</c> leaves out are counted, not shown, and their claims carry no label.
    /// </summary>
    internal static string Story(StoryReport report, int number, ReportOptions options)
    {
        var view = new StoryView(report, $"s{number.ToString(CultureInfo.InvariantCulture)}", Listing.Of(report, options));
        var html = new StringBuilder();
        var p = view.Prefix;
        html.Append(Inv($"<section class=\"story\" id=\"{p}\" aria-labelledby=\"{p}-title\">\n<h2 id=\"{p}-title\">Story: {Escape(report.Story.Name)}</h2>\n"));
        if (!report.Checked)
        {
            html.Append(Inv($"<p><strong>Not checked:</strong> {Count(report.Errors.Count, "error", "errors")} in its input.</p>\n<ul class=\"errors\">\n"));
            foreach (var error in report.Errors)
                html.Append("<li><code>").Append(Escape(error.ToString())).Append("</code></li>\n");
            return html.Append("</ul>\n</section>\n").ToString();
        }
        html.Append(Inv($"<p class=\"lead\">{Count(report.Story.Articles.Count, "article", "articles")}, {Count(report.Claims.Count, "claim", "claims")}, {Count(report.Findings.Count, "finding", "findings")}.</p>\n"));
        html.Append(Inv($"<nav aria-label=\"Parts of story {Escape(report.Story.Name)}\">\n<ul>\n"))
            .Append(Inv($"<li><a href=\"#{p}-summary\">Summary</a></li>\n<li><a href=\"#{p}-timeline\">Timeline</a></li>\n"))
            .Append(Inv($"<li><a href=\"#{p}-findings\">Findings</a></li>\n<li><a href=\"#{p}-articles\">Articles side by side</a></li>\n"));
        if (report.NotCompared.Count > 0)
            html.Append(Inv($"<li><a href=\"#{p}-not-compared\">Not compared</a></li>\n"));
        html.Append("</ul>\n</nav>\n");
        WriteSummary(html, view);
        WriteTimeline(html, view);
        WriteFindings(html, view);
        WriteArticles(html, view);
        WriteNotCompared(html, view);
        return html.Append("</section>\n").ToString();
    }

    private static void WriteSummary(StringBuilder html, StoryView view)
    {
        var (report, p) = (view.Report, view.Prefix);
        html.Append(Inv($"<section id=\"{p}-summary\">\n<h3>Summary</h3>\n"))
            .Append("<table class=\"counts\">\n<caption>Findings by verdict, most urgent first</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Verdict</th><th scope=\"col\">What it means</th><th scope=\"col\">Findings</th></tr></thead>\n<tbody>\n");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            var count = report.Count(verdict);
            var name = !view.Lists(verdict) ? Tag(verdict) : Inv($"<a href=\"#{p}-{verdict.Name()}\">{Tag(verdict)}</a>");
            html.Append(Inv($"<tr><th scope=\"row\">{name}</th><td>{Meaning(verdict)}</td><td class=\"number\">{count}</td></tr>\n"));
        }
        html.Append("</tbody>\n</table>\n");
        var running = report.Findings.Select((f, i) => (Finding: f, Index: i)).Where(f => f.Finding.Latest() is not null).ToList();
        if (running.Count > 0)
        {
            html.Append("<p>Latest word on each running figure:</p>\n<ul class=\"latest\">\n");
            foreach (var (finding, index) in running)
            {
                html.Append(view.IsListed(index)
                    ? Inv($"<li><a href=\"#{view.FindingId(index)}\">{Escape(finding.Latest())}</a></li>\n")
                    : Inv($"<li>{Escape(finding.Latest())}</li>\n"));
            }
            html.Append("</ul>\n");
        }
        html.Append(Inv($"<p>Seen {Escape(report.Coverage.ToString())}: {report.Coverage.Unchecked} not checked by any rule.</p>\n</section>\n"));
    }

    private static void WriteTimeline(StringBuilder html, StoryView view)
    {
        var p = view.Prefix;
        var entries = Timeline(view.Report);
        html.Append(Inv($"<section id=\"{p}-timeline\">\n<h3>Timeline</h3>\n"));
        if (entries.Count == 0)
        {
            html.Append("<p>No dated event or running figure.</p>\n</section>\n");
            return;
        }
        html.Append("<p>The story across outlets in time order: the events the articles date, each report of a running figure, and when each article was published.</p>\n")
            .Append("<table class=\"timeline\">\n<caption>Events, figures and publications, earliest first</caption>\n")
            .Append("<thead><tr><th scope=\"col\">When</th><th scope=\"col\">What</th><th scope=\"col\">Who said it</th><th scope=\"col\">Finding</th></tr></thead>\n<tbody>\n");
        foreach (var entry in entries)
        {
            var when = entry.Time is { } time
                ? Inv($"<time datetime=\"{entry.Day:yyyy-MM-dd}T{time:HH:mm}\">{Escape(entry.When)}</time>")
                : entry.Day == entry.LastDay ? Inv($"<time datetime=\"{entry.Day:yyyy-MM-dd}\">{Escape(entry.When)}</time>") : Escape(entry.When);
            var what = Inv($"<span class=\"kind\">{entry.Kind.ToString().ToLowerInvariant()}</span> {Escape(entry.What)}");
            if (entry.Latest)
                what += " <strong class=\"flag\">latest</strong>";
            var who = entry.Article is { } article
                ? Inv($"<a href=\"#{view.ArticleId(article)}\">{Escape(article.Outlet)}</a>")
                : Said(view, entry.Claims);
            var finding = entry.Finding is { } unlisted && !view.IsListed(unlisted)
                ? Tag(view.Report.Findings[unlisted].Verdict)
                : entry.Finding is { } index
                ? Inv($"<a href=\"#{view.FindingId(index)}\">{Tag(view.Report.Findings[index].Verdict)}<span class=\"vh\"> finding: {Escape(view.Label(index))}</span></a>")
                : entry.Kind == TimelineKind.Published ? "" : "none";
            html.Append(Inv($"<tr class=\"{entry.Kind.ToString().ToLowerInvariant()}\"><td>{when}</td><td>{what}</td><td>{who}</td><td>{finding}</td></tr>\n"));
        }
        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>Which outlets said it, each with its words linked to where they stand: "NBC News: “July”, “in July”".</summary>
    private static string Said(StoryView view, IReadOnlyList<Claim> claims) =>
        string.Join("; ", claims.GroupBy(c => c.Article.Outlet, StringComparer.Ordinal)
            .Select(g => $"{Escape(g.Key)}: {string.Join(", ", g.Select(c => Quote(view, c)))}"));

    private static string Quote(StoryView view, Claim claim, bool where = false)
    {
        var place = where ? Inv($" <span class=\"where\">line {claim.Evidence.Line}</span>") : "";
        var words = $"“{Escape(claim.MatchedText)}”{place}";
        return view.ClaimId(claim) is { } id ? $"<a href=\"#{id}\">{words}</a>" : words;
    }

    private static void WriteFindings(StringBuilder html, StoryView view)
    {
        var (report, p) = (view.Report, view.Prefix);
        html.Append(Inv($"<section id=\"{p}-findings\">\n<h3>Findings</h3>\n"));
        if (report.Findings.Count == 0)
            html.Append("<p>No finding: no two claims are about one fact.</p>\n");
        // What is left out and why, and what moved since a baseline, as the text report gives it
        var review = TextReport.ReviewLines(report, view.Listing).ToList();
        if (review.Count > 0)
            html.Append("<ul class=\"review\">\n").Append(string.Concat(review.Select(line => $"<li>{Escape(line)}</li>\n"))).Append("</ul>\n");
        foreach (var verdict in Enum.GetValues<Verdict>())
        {
            var findings = report.Findings.Select((f, i) => (Finding: f, Index: i)).Where(f => f.Finding.Verdict == verdict && view.IsListed(f.Index)).ToList();
            if (findings.Count == 0)
                continue;
            html.Append(Inv($"<section id=\"{p}-{verdict.Name()}\">\n<h4>{Tag(verdict)} {Count(findings.Count, "finding", "findings")}: {Meaning(verdict)}</h4>\n"));
            foreach (var (finding, index) in findings)
                WriteFinding(html, view, finding, index);
            html.Append("</section>\n");
        }
        html.Append("</section>\n");
    }

    private static void WriteFinding(StringBuilder html, StoryView view, Finding finding, int index)
    {
        var id = view.FindingId(index);
        var change = TextReport.Change(view.Report, finding);
        html.Append(Inv($"<article class=\"finding {Class(finding.Verdict)}\" id=\"{id}\">\n<h5>{Tag(finding.Verdict)} {Escape(view.Label(index))}"))
            .Append(change.Length > 0 ? $" <strong class=\"flag\">{Escape(change.Trim().Trim('(', ')'))}</strong>" : "").Append("</h5>\n")
            .Append("<p>").Append(Escape(finding.Message())).Append("</p>\n")
            .Append(Inv($"<p class=\"meta\">Rule <code>{Escape(finding.Rule.Id)}</code>, severity {finding.Severity.ToString().ToLowerInvariant()}, id <code>{Escape(finding.Id)}</code>.</p>\n"))
            .Append("<table class=\"claims\">\n<caption>Claims by outlet</caption>\n")
            .Append("<thead><tr><th scope=\"col\">Outlet</th><th scope=\"col\">Says</th><th scope=\"col\">Means</th><th scope=\"col\">Position</th></tr></thead>\n<tbody>\n");
        var dissenting = finding.Grounds.Dissenting;
        foreach (var position in finding.Claims.GroupBy(c => c.Position).OrderBy(g => g.Key))
        {
            var odd = finding.Verdict is Verdict.Contradict && dissenting.Contains(position.Key);
            foreach (var outlet in position.GroupBy(c => c.Claim.Article.Outlet, StringComparer.Ordinal))
            {
                var claims = outlet.Select(c => c.Claim).ToList();
                var flag = odd ? " <strong class=\"flag\">odd one out</strong>" : "";
                html.Append(Inv($"<tr{(odd ? " class=\"odd\"" : "")}><th scope=\"row\">{Escape(outlet.Key)}</th>"))
                    .Append("<td>").Append(string.Join(", ", claims.Select(c => Quote(view, c, where: true)))).Append("</td>")
                    .Append(Inv($"<td>{Escape(claims[0].Value.Describe())}</td><td>{position.Key}{flag}</td></tr>\n"));
            }
        }
        html.Append("</tbody>\n</table>\n");
        if (finding.Grounds.Timeline is { } timeline)
        {
            html.Append("<p>In the order the reports came out:</p>\n<ol class=\"reports\">\n");
            foreach (var claim in timeline.InOrder)
            {
                var latest = ReferenceEquals(claim, timeline.Latest) ? " <strong class=\"flag\">latest</strong>" : "";
                html.Append(Inv($"<li><time datetime=\"{Moment(claim.Article)}\">{Escape(claim.Article.Moment)}</time>, {Escape(claim.Article.Outlet)}: {Quote(view, claim)}, {Escape(claim.Value.Describe())}{latest}</li>\n"));
            }
            html.Append("</ol>\n<p>Latest figure: <strong>").Append(Escape(finding.Latest())).Append("</strong></p>\n");
        }
        html.Append("</article>\n");
    }

    private static void WriteArticles(StringBuilder html, StoryView view)
    {
        var p = view.Prefix;
        html.Append(Inv($"<section id=\"{p}-articles\">\n<h3>Articles side by side</h3>\n"))
            .Append("<p>In the order they were published. Each claim is marked in its sentence; the label after it names its finding's verdict and links to the finding.</p>\n")
            .Append("<div class=\"columns\">\n");
        foreach (var article in view.Report.Story.InReadingOrder)
        {
            var id = view.ArticleId(article);
            var moment = new ArticleRef(article.Id, article.Path, article.Outlet, article.Published) { PublishedTime = article.FrontMatter.PublishedTime };
            html.Append(Inv($"<article class=\"text\" id=\"{id}\">\n<header>\n<h4>{Escape(article.Outlet)}</h4>\n"));
            if (article.FrontMatter.Title is { } title)
                html.Append("<p class=\"headline\">").Append(Escape(title)).Append("</p>\n");
            html.Append(Inv($"<p class=\"meta\"><time datetime=\"{Moment(moment)}\">{Escape(moment.Moment)}</time> · <code>{Escape(article.Path)}</code></p>\n</header>\n"));
            WriteBody(html, view, article);
            html.Append("</article>\n");
        }
        html.Append("</div>\n</section>\n");
    }

    /// <summary>
    /// The article's words, a paragraph per line of its prose, with the claims marked. Claims whose words overlap
    /// ("NATO Secretary General Jens Stoltenberg" holds a title and a name) share one mark, followed by a label each.
    /// </summary>
    private static void WriteBody(StringBuilder html, StoryView view, Article article)
    {
        var text = article.Text;
        var marks = Marks(view.ClaimsOf(article), article.BodyStart, text.Length);
        html.Append("<div class=\"body\">\n");
        int inside = 0, next = 0, blockStart = article.BodyStart;
        for (var i = article.BodyStart; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n')
                continue;
            while (inside < marks.Count && marks[inside].End <= i)
                inside++;
            if (i < text.Length && inside < marks.Count && marks[inside].Start < i)
                continue; // a line break inside a claim's words does not end its paragraph
            var first = next;
            while (next < marks.Count && marks[next].Start < i)
                next++;
            WriteBlock(html, view, article, TextSpan.FromBounds(blockStart, i), marks.GetRange(first, next - first));
            blockStart = i + 1;
        }
        html.Append("</div>\n");
    }

    private static void WriteBlock(StringBuilder html, StoryView view, Article article, TextSpan block, List<Mark> marks)
    {
        var text = article.Text;
        int start = block.Start, end = block.End;
        while (start < end && char.IsWhiteSpace(text[start]))
            start++;
        while (end > start && char.IsWhiteSpace(text[end - 1]))
            end--;
        if (marks.Count > 0)
            (start, end) = (Math.Min(start, marks[0].Start), Math.Max(end, marks[^1].End));
        if (start >= end)
            return;
        var heading = article.SentenceAt(start) is { IsHeading: true };
        html.Append(heading ? "<p class=\"subhead\">" : "<p>");
        WriteMarked(html, view, article, start, end, marks);
        html.Append("</p>\n");
    }

    /// <summary>Words with their marks; a mark inside another (a name inside a quote) is written inside it.</summary>
    private static void WriteMarked(StringBuilder html, StoryView view, Article article, int start, int end, List<Mark> marks)
    {
        var at = start;
        foreach (var mark in marks)
        {
            html.Append(Words(article, at, mark.Start));
            var worst = mark.Claims.SelectMany(view.FindingsOf).Select(i => (Verdict?)view.Report.Findings[i].Verdict).Min();
            var kind = (worst is { } v ? Class(v) : "none") + (mark.Inside.Count > 0 ? " outer" : "");
            html.Append(Inv($"<mark class=\"{kind}\">"));
            WriteMarked(html, view, article, mark.Start, mark.End, mark.Inside);
            var labels = string.Concat(mark.Claims.Select(c => Label(view, c)));
            html.Append(labels.Length > 0 ? $"</mark><span class=\"tags\">{labels}</span>" : "</mark>");
            at = mark.End;
        }
        html.Append(Words(article, at, end));
    }

    /// <summary>
    /// The label after a mark: its finding's verdict, linking to the finding, which links back to the label's id. A
    /// claim no finding weighs (a name spelled one way everywhere) gets no label: the page would be labels.
    /// </summary>
    private static string Label(StoryView view, Claim claim)
    {
        var id = view.ClaimId(claim) is { } known ? $" id=\"{known}\"" : "";
        var findings = view.FindingsOf(claim);
        if (findings.Count == 0)
        {
            return view.NotComparedIndex(claim) is { } note
                ? Inv($"<a class=\"tag none\"{id} href=\"#{view.Prefix}-n{note + 1}\">not compared<span class=\"vh\">: {Escape(claim.MatchedText)}</span></a>")
                : "";
        }
        var labels = new StringBuilder();
        foreach (var index in findings)
        {
            var verdict = view.Report.Findings[index].Verdict;
            labels.Append(Inv($"<a class=\"tag {Class(verdict)}\"{id} href=\"#{view.FindingId(index)}\">{verdict.Name()}<span class=\"vh\"> finding: {Escape(view.Label(index))}</span></a>"));
            id = "";
        }
        return labels.ToString();
    }

    private static string Words(Article article, int start, int end)
    {
        if (end <= start)
            return "";
        var words = article.TextOf(TextSpan.FromBounds(start, end));
        // A tab or a line separator in prose is a space to a reader, not a character to show as an escape
        return Escape(string.Create(words.Length, words, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = char.IsWhiteSpace(source[i]) ? ' ' : source[i];
        }));
    }

    private static void WriteNotCompared(StringBuilder html, StoryView view)
    {
        var (report, p) = (view.Report, view.Prefix);
        if (report.NotCompared.Count == 0)
            return;
        html.Append(Inv($"<section id=\"{p}-not-compared\">\n<h3>Not compared</h3>\n<ul class=\"notes\">\n"));
        for (var i = 0; i < report.NotCompared.Count; i++)
        {
            var note = report.NotCompared[i];
            html.Append(Inv($"<li id=\"{p}-n{i + 1}\">{Escape(note.Claim.Article.Outlet)}: {Quote(view, note.Claim, where: true)}: {Escape(note.Reason)}</li>\n"));
        }
        html.Append("</ul>\n</section>\n");
    }

    /// <summary>
    /// Claims in document order gathered into marks: claims of the same words share one, a claim inside another's words
    /// (a name in a quote) is a mark inside it, and claims whose words only partly overlap share one mark over both.
    /// </summary>
    private static List<Mark> Marks(IReadOnlyList<Claim> claims, int bodyStart, int length)
    {
        var marks = new List<Mark>();
        var open = new List<Mark>();
        foreach (var claim in claims.OrderBy(c => c.Evidence.Span.Start).ThenByDescending(c => c.Evidence.Span.End))
        {
            var start = Math.Clamp(claim.Evidence.Span.Start, bodyStart, length);
            var end = Math.Clamp(claim.Evidence.Span.End, start, length);
            while (open.Count > 0 && open[^1].End <= start)
                open.RemoveAt(open.Count - 1);
            if (open.Count > 0 && (end > open[^1].End || (start == open[^1].Start && end == open[^1].End)))
            {
                foreach (var outer in open)
                    outer.End = Math.Max(outer.End, end);
                open[^1].Claims.Add(claim);
                continue;
            }
            var mark = new Mark(start, end, [claim]);
            (open.Count > 0 ? open[^1].Inside : marks).Add(mark);
            open.Add(mark);
        }
        return marks;
    }

    private sealed class Mark(int start, int end, List<Claim> claims)
    {
        public int Start { get; } = start;
        public int End { get; set; } = end;
        public List<Claim> Claims { get; } = claims;
        public List<Mark> Inside { get; } = [];
    }

    /// <summary>
    /// The story in time order across outlets: each dated event once per date given, with the outlets that give it;
    /// each report of a running figure at its article's moment; each article at its publication. Entries of one day
    /// without a time of day come before those with one.
    /// </summary>
    internal static IReadOnlyList<TimelineEntry> Timeline(StoryReport report)
    {
        var findingOf = new Dictionary<Claim, int>(ReferenceEqualityComparer.Instance);
        for (var i = report.Findings.Count - 1; i >= 0; i--)
        {
            foreach (var (claim, _) in report.Findings[i].Claims)
                findingOf[claim] = i;
        }
        var entries = new List<TimelineEntry>();
        var events = report.Claims
            .Where(c => c is { Kind: "event-date", Subject: not null, Value: ReportedDate })
            .GroupBy(c => (c.Subject, c.Place, Date: c.Value.Describe(), Finding: findingOf.TryGetValue(c, out var f) ? f : -1));
        foreach (var group in events)
        {
            var date = (ReportedDate)group.First().Value;
            var what = group.Key.Place is { } place ? $"{group.Key.Subject} in {place}" : group.Key.Subject!;
            entries.Add(new TimelineEntry(date.Range.Start, null, date.Range.End, TimelineKind.Event, group.Key.Date, what,
                [.. group], group.Key.Finding < 0 ? null : group.Key.Finding, false, null));
        }
        for (var i = 0; i < report.Findings.Count; i++)
        {
            var finding = report.Findings[i];
            if (finding.Grounds.Timeline is not { } timeline)
                continue;
            var label = Describe(finding);
            foreach (var claim in timeline.InOrder)
            {
                entries.Add(new TimelineEntry(claim.Article.Published, claim.Article.PublishedTime, claim.Article.Published, TimelineKind.Figure,
                    claim.Article.Moment, $"{label}: {claim.Value.Describe()}", [claim], i, ReferenceEquals(claim, timeline.Latest), null));
            }
        }
        foreach (var article in report.Story.InReadingOrder)
        {
            var moment = new ArticleRef(article.Id, article.Path, article.Outlet, article.Published) { PublishedTime = article.FrontMatter.PublishedTime };
            var title = article.FrontMatter.Title is { } t ? $"“{t}”" : article.Path;
            entries.Add(new TimelineEntry(article.Published, article.FrontMatter.PublishedTime, article.Published, TimelineKind.Published,
                moment.Moment, $"{article.Outlet} publishes {title}", [], null, false, article));
        }
        return [.. entries
            .OrderBy(e => e.Day)
            .ThenBy(e => e.Time is { } time ? time.Ticks : -1)
            .ThenBy(e => e.LastDay)
            .ThenBy(e => e.Kind)
            .ThenBy(e => e.What, StringComparer.Ordinal)
            .ThenBy(e => e.Claims.Count == 0 ? e.Article!.Path : e.Claims[0].Article.Path, StringComparer.Ordinal)
            .ThenBy(e => e.Claims.Count == 0 ? 0 : e.Claims[0].Evidence.Span.Start)];
    }

    private static string Describe(Finding finding) =>
        finding.Rule.Describe(finding.Grounds.Subject) + (finding.Grounds.Place is { } place ? $" in {place}" : "");

    /// <summary>Text for an HTML element or a quoted attribute: the marks HTML reads are escaped, control characters shown as escapes.</summary>
    internal static string Escape(string? text)
    {
        var shown = Visible.Text(text);
        if (shown.AsSpan().IndexOfAny("&<>\"'") < 0)
            return shown;
        var html = new StringBuilder(shown.Length + 16);
        foreach (var c in shown)
        {
            html.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }

    private static string Moment(ArticleRef article) =>
        article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        + (article.PublishedTime is { } time ? "T" + time.ToString("HH:mm", CultureInfo.InvariantCulture) : "");

    private static string Tag(Verdict verdict) => $"<span class=\"tag {Class(verdict)}\">{verdict.Name()}</span>";

    private static string Class(Verdict verdict) => "v-" + verdict.Name();

    private static string Meaning(Verdict verdict) => verdict switch
    {
        Verdict.Internal => "one article gives two values that cannot both be true",
        Verdict.Contradict => "the outlets disagree",
        Verdict.Variant => "the same fact written differently",
        Verdict.Updated => "a running figure that moved as the reports came out",
        Verdict.Compatible => "values that fit together at different precision",
        Verdict.Single => "only one outlet gives it (unconfirmed)",
        _ => "the outlets agree",
    };

    private static string Count(int n, string one, string many) => Inv($"{n} {(n == 1 ? one : many)}");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    /// <summary>What one story's page needs to link claims, findings and articles both ways.</summary>
    private sealed class StoryView
    {
        private readonly Dictionary<Claim, int> _claimIndex = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Claim, List<int>> _findings = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<Claim, int> _notCompared = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<string, List<Claim>> _byArticle = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _articleIndex = new(StringComparer.Ordinal);
        private readonly string[] _labels;

        private readonly bool[] _listed;

        public StoryView(StoryReport report, string prefix, Listing listing)
        {
            Report = report;
            Prefix = prefix;
            Listing = listing;
            var shown = listing.Findings.ToHashSet(ReferenceEqualityComparer.Instance);
            _listed = [.. report.Findings.Select(shown.Contains)];
            for (var i = 0; i < report.Claims.Count; i++)
            {
                var claim = report.Claims[i];
                _claimIndex.TryAdd(claim, i);
                if (!_byArticle.TryGetValue(claim.Article.Path, out var list))
                    _byArticle[claim.Article.Path] = list = [];
                list.Add(claim);
            }
            for (var i = 0; i < report.Findings.Count; i++)
            {
                if (!_listed[i])
                    continue;
                foreach (var (claim, _) in report.Findings[i].Claims)
                {
                    if (!_findings.TryGetValue(claim, out var list))
                        _findings[claim] = list = [];
                    if (!list.Contains(i))
                        list.Add(i);
                }
            }
            for (var i = 0; i < report.NotCompared.Count; i++)
                _notCompared.TryAdd(report.NotCompared[i].Claim, i);
            for (var i = 0; i < report.Story.InReadingOrder.Count; i++)
                _articleIndex.TryAdd(report.Story.InReadingOrder[i].Path, i);
            _labels = [.. report.Findings.Select(Describe)];
        }

        public StoryReport Report { get; }
        public string Prefix { get; }
        public Listing Listing { get; }

        public bool IsListed(int finding) => _listed[finding];

        public bool Lists(Verdict verdict) => Listing.Findings.Any(f => f.Verdict == verdict);

        /// <summary>The id of the claim's label in its article; null for a claim that has none.</summary>
        public string? ClaimId(Claim claim) =>
            _claimIndex.TryGetValue(claim, out var i) && (_findings.ContainsKey(claim) || _notCompared.ContainsKey(claim)) ? Inv($"{Prefix}-c{i + 1}") : null;

        public string FindingId(int index) => Inv($"{Prefix}-f{index + 1}");

        public string ArticleId(Article article) => Inv($"{Prefix}-a{_articleIndex[article.Path] + 1}");

        public string Label(int finding) => _labels[finding];

        public IReadOnlyList<int> FindingsOf(Claim claim) => _findings.TryGetValue(claim, out var list) ? list : [];

        public int? NotComparedIndex(Claim claim) => _notCompared.TryGetValue(claim, out var i) ? i : null;

        public IReadOnlyList<Claim> ClaimsOf(Article article) => _byArticle.TryGetValue(article.Path, out var list) ? list : [];
    }

    private const string Style = """
        :root { color-scheme: light; --ink: #1b1b1b; --muted: #4a4a4a; --line: #c8c8c8; --link: #0b4f9c; --focus: #b35c00; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: var(--ink); background: #fff; }
        header.page, main { max-width: 120rem; margin: 0 auto; padding: 0 1.25rem; }
        header.page { padding-top: 1rem; border-bottom: 1px solid var(--line); }
        h1 { font-size: 1.6rem; margin: .5rem 0; }
        h2 { font-size: 1.4rem; margin: 2rem 0 .5rem; padding-top: .5rem; border-top: 3px solid var(--ink); }
        h3 { font-size: 1.2rem; margin: 1.75rem 0 .5rem; }
        h4 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
        h5 { font-size: 1rem; margin: 0 0 .35rem; }
        a { color: var(--link); }
        a:focus-visible, [tabindex]:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; border-radius: 2px; }
        :target { outline: 3px solid var(--focus); outline-offset: 3px; }
        .skip { position: absolute; left: -100rem; top: .5rem; background: #fff; padding: .5rem 1rem; }
        .skip:focus { left: 1rem; }
        .vh { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; }
        nav ul, nav ol { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; padding-left: 0; list-style: none; }
        table { border-collapse: collapse; margin: .5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: .25rem 0; }
        th, td { border: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
        thead th { background: #f1f1f1; }
        td.number { text-align: right; }
        code { font-size: .9em; overflow-wrap: anywhere; }
        .meta, .where { color: var(--muted); font-size: .9rem; }
        .tag { display: inline-block; border: 1px solid currentColor; border-radius: .25rem; padding: 0 .3rem; font-size: .8rem; line-height: 1.3; font-weight: 600; color: var(--ink); text-decoration: none; }
        a.tag, a .tag { text-decoration: underline; }
        .tags { margin-left: .15rem; }
        .tags .tag { font-size: .7rem; margin-right: .1rem; vertical-align: .1em; }
        .flag { display: inline-block; background: #1b1b1b; color: #fff; border-radius: .25rem; padding: 0 .35rem; font-size: .8rem; }
        .kind { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
        .v-internal, .v-contradict { --edge: #b42318; --fill: #fde2e2; }
        .v-variant { --edge: #8a4b00; --fill: #fdf0c4; }
        .v-updated { --edge: #5b21b6; --fill: #ece6ff; }
        .v-compatible, .v-agree { --edge: #166534; --fill: #dcf5e3; }
        .v-single { --edge: #075985; --fill: #dff0fb; }
        .none { --edge: #5f5f5f; --fill: #efefef; }
        .tag, mark { background: var(--fill); border-color: var(--edge); }
        mark { color: var(--ink); border-bottom: 2px solid var(--edge); padding: 0 .05rem; }
        mark.outer { background: transparent; border-bottom-style: dotted; }
        mark.none { background: #f3f3f3; border-bottom: 1px dotted #5f5f5f; }
        article.finding { border: 1px solid var(--line); border-left: 6px solid var(--edge); border-radius: .25rem; padding: .75rem 1rem; margin: .75rem 0; }
        tr.odd td, tr.odd th { background: #fde2e2; }
        table.timeline tr.published td { background: #f7f7f7; }
        .columns { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; align-items: start; }
        article.text { border: 1px solid var(--line); border-radius: .25rem; padding: 0 1rem 1rem; }
        article.text header { border-bottom: 1px solid var(--line); margin-bottom: .5rem; }
        article.text h4 { margin-top: .75rem; }
        .headline { font-weight: 600; margin: .25rem 0; }
        .subhead { font-weight: 700; }
        .body p { margin: .5rem 0; }

        """;
}

/// <summary>One line of a story's timeline; <see cref="Finding"/> indexes the report's findings.</summary>
internal sealed record TimelineEntry(DateOnly Day, TimeOnly? Time, DateOnly LastDay, TimelineKind Kind, string When, string What,
    IReadOnlyList<Claim> Claims, int? Finding, bool Latest, Article? Article);

/// <summary>In this order at one moment: an article's publication comes before the figures it reports.</summary>
internal enum TimelineKind
{
    Event,
    Published,
    Figure,
}
