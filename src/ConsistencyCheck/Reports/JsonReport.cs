using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Claims;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Geography;
using ConsistencyCheck.Grouping;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The JSON report, a contract other tools read (docs/report-format.md). Fields are written in a fixed order with
/// invariant formatting; bump <see cref="SchemaVersion"/> when a field changes meaning or goes away.
/// </summary>
public static class JsonReport
{
    public const int SchemaVersion = 2;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The report's opening, before the first story: a report is always <c>{"schemaVersion", "stories": [...]}</c>.</summary>
    internal static string Opening => $"{{\n  \"schemaVersion\": {SchemaVersion},\n  \"stories\": [\n";

    internal const string Closing = "\n  ]\n}\n";

    /// <summary>A story's object as it stands inside <c>stories</c>: so a report can be written one story at a time.</summary>
    internal static string Nested(string story) => "    " + story.TrimEnd('\n').Replace("\n", "\n    ", StringComparison.Ordinal);

    public static string Check(IReadOnlyList<StoryReport> reports) => Check(reports, default);

    /// <summary>Every story, in story order, inside one object: <c>{"schemaVersion": 2, "stories": [...]}</c>.</summary>
    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options) =>
        Envelope(reports.Select(r => CheckStory(r, options)));

    /// <summary>One story's object, without the envelope.</summary>
    internal static string CheckStory(StoryReport report, ReportOptions options) => Write(w => WriteCheck(w, report, options));

    public static string Extract(IReadOnlyList<StoryReport> reports, bool coverage = false) =>
        Envelope(reports.Select(r => ExtractStory(r, coverage)));

    internal static string ExtractStory(StoryReport report, bool coverage) =>
        Write(w =>
        {
            w.WriteStartObject();
            WriteHeader(w, report);
            WriteErrors(w, report);
            w.WriteStartArray("claims");
            foreach (var claim in report.Claims)
            {
                w.WriteStartObject();
                w.WriteString("rule", claim.RuleId);
                w.WriteString("kind", claim.Kind);
                w.WriteString("subject", claim.Subject);
                w.WriteString("place", claim.Place);
                WriteClaimFields(w, claim);
                if (claim.Conflict is not null)
                    w.WriteString("conflict", claim.Conflict);
                if (report.NotCompared.FirstOrDefault(n => ReferenceEquals(n.Claim, claim)) is { } note)
                    w.WriteString("notCompared", note.Reason);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            if (report.Checked)
                WriteCoverage(w, report, list: coverage);
            w.WriteEndObject();
        });

    private static string Envelope(IEnumerable<string> stories)
    {
        var list = stories.Select(Nested).ToList();
        return list.Count == 0
            ? $"{{\n  \"schemaVersion\": {SchemaVersion},\n  \"stories\": []\n}}\n"
            : Opening + string.Join(",\n", list) + Closing;
    }

    internal static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
            body(writer);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteCheck(Utf8JsonWriter w, StoryReport report, ReportOptions options)
    {
        var listing = Listing.Of(report, options);
        w.WriteStartObject();
        WriteHeader(w, report);
        WriteErrors(w, report);
        w.WriteStartArray("findings");
        foreach (var finding in listing.Findings)
        {
            w.WriteStartObject();
            w.WriteString("id", finding.Id);
            w.WriteString("rule", finding.Rule.Id);
            w.WriteString("kind", finding.Rule.Kind);
            w.WriteString("subject", finding.Subject);
            w.WriteString("verdict", finding.Verdict.Name());
            w.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
            w.WriteString("message", finding.Message());
            if (Listing.Change(report, finding) is { } change)
            {
                w.WriteString("change", change);
                if (report.Review!.Baseline!.ChangeOf(finding.Id) is { Before: var before })
                {
                    w.WriteStartObject("before");
                    w.WriteString("verdict", before.Verdict.Name());
                    w.WriteString("severity", before.SeverityName);
                    w.WriteEndObject();
                }
            }
            if (finding.Grounds.Timeline is { Latest: var latest })
            {
                w.WritePropertyName("latest");
                WriteLatest(w, latest);
            }
            w.WriteStartArray("claims");
            foreach (var (claim, position) in finding.Claims)
            {
                w.WriteStartObject();
                w.WriteNumber("position", position);
                WriteClaimFields(w, claim);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("notCompared");
        foreach (var note in report.NotCompared)
        {
            w.WriteStartObject();
            w.WriteString("rule", note.Claim.RuleId);
            w.WriteString("subject", note.Claim.Subject);
            w.WriteString("reason", note.Reason);
            WriteClaimFields(w, note.Claim);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        // The latest word on each running figure, for the top of a newsroom's view
        if (report.Findings.Any(f => f.Grounds.Timeline is not null))
        {
            w.WriteStartArray("latest");
            foreach (var finding in report.Findings.Where(f => f.Grounds.Timeline is not null))
            {
                w.WriteStartObject();
                w.WriteString("finding", finding.Id);
                w.WriteString("subject", finding.Subject);
                w.WriteString("text", finding.Latest());
                w.WritePropertyName("claim");
                WriteLatest(w, finding.Grounds.Timeline!.Latest);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteStartObject("summary");
        foreach (var verdict in Enum.GetValues<Verdict>())
            w.WriteNumber(verdict.Name(), report.Count(verdict));
        w.WriteEndObject();
        w.WriteNumber("notListed", listing.NotListed);
        WriteCoverage(w, report, list: false);
        WriteReview(w, report);
        w.WriteEndObject();
    }

    /// <summary>Only with an accepted.yml (<c>suppressed</c>) or a baseline (<c>baseline</c>).</summary>
    private static void WriteReview(Utf8JsonWriter w, StoryReport report)
    {
        if (report.Review is not { } review)
            return;
        if (review.Accepted is not null)
        {
            w.WriteStartObject("suppressed");
            w.WriteNumber("count", review.Suppressed.Count);
            w.WriteStartArray("ids");
            foreach (var id in review.Suppressed)
                w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteStartArray("stale");
            foreach (var stale in review.Stale)
                w.WriteStringValue(stale.Id);
            w.WriteEndArray();
            w.WriteEndObject();
        }
        if (review.Baseline is { } baseline)
        {
            w.WriteStartObject("baseline");
            w.WriteNumber("new", baseline.New.Count);
            w.WriteNumber("changed", baseline.Changed.Count);
            w.WriteNumber("unchanged", baseline.Unchanged);
            w.WriteStartArray("resolved");
            foreach (var gone in baseline.Resolved)
                WriteSaved(w, gone);
            w.WriteEndArray();
            w.WriteEndObject();
        }
    }

    internal static void WriteSaved(Utf8JsonWriter w, SavedFinding finding)
    {
        w.WriteStartObject();
        w.WriteString("id", finding.Id);
        w.WriteString("rule", finding.Rule);
        w.WriteString("subject", finding.Subject);
        w.WriteString("verdict", finding.Verdict.Name());
        w.WriteString("severity", finding.SeverityName);
        w.WriteEndObject();
    }

    /// <summary>How many dates and figures were seen and checked; with <paramref name="list"/>, each one no rule checks.</summary>
    private static void WriteCoverage(Utf8JsonWriter w, StoryReport report, bool list)
    {
        var count = report.Coverage;
        w.WriteStartObject("coverage");
        w.WriteNumber("dates", count.Dates);
        w.WriteNumber("datesChecked", count.DatesChecked);
        w.WriteNumber("figures", count.Figures);
        w.WriteNumber("figuresChecked", count.FiguresChecked);
        if (list)
        {
            w.WriteStartArray("unchecked");
            foreach (var item in report.Seen.Where(s => !s.Checked))
            {
                w.WriteStartObject();
                w.WriteString("kind", item.Kind == SeenKind.Date ? "date" : "figure");
                w.WriteString("article", item.Article.Id);
                w.WriteString("text", item.Text);
                w.WriteString("sentence", item.Sentence);
                w.WriteNumber("line", item.Line);
                w.WriteNumber("column", item.Column);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// <summary>Only a story that was not checked has these fields: the rest of its object is then empty.</summary>
    private static void WriteErrors(Utf8JsonWriter w, StoryReport report)
    {
        if (report.Checked)
            return;
        w.WriteBoolean("checked", false);
        w.WriteStartArray("errors");
        foreach (var error in report.Errors)
        {
            w.WriteStartObject();
            w.WriteString("file", error.File);
            w.WriteNumber("line", error.Line);
            w.WriteNumber("column", error.Column);
            w.WriteString("message", error.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteHeader(Utf8JsonWriter w, StoryReport report)
    {
        w.WriteString("story", report.Story.Name);
        w.WriteStartArray("articles");
        foreach (var article in report.Story.Articles)
        {
            w.WriteStartObject();
            w.WriteString("id", article.Id);
            w.WriteString("path", article.Path);
            w.WriteString("outlet", article.Outlet);
            w.WriteString("published", article.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            if (article.FrontMatter.PublishedTime is { } time)
                w.WriteString("publishedTime", time.ToString("HH:mm:ss", CultureInfo.InvariantCulture));
            if (article.FrontMatter.PublishedOffset is { } offset)
                w.WriteString("publishedOffset", (offset < TimeSpan.Zero ? "-" : "+") + offset.ToString("hh\\:mm", CultureInfo.InvariantCulture));
            if (article.FrontMatter.Extra.Count > 0)
            {
                w.WriteStartObject("extra");
                foreach (var extra in article.FrontMatter.Extra)
                    w.WriteString(extra.Key, extra.Value);
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void WriteField(Utf8JsonWriter w, NormalizedField field)
    {
        switch (field.Value)
        {
            case null:
                w.WriteNull(field.Name);
                break;
            case bool b:
                w.WriteBoolean(field.Name, b);
                break;
            case decimal d:
                w.WriteNumber(field.Name, d);
                break;
            case int n:
                w.WriteNumber(field.Name, n);
                break;
            default:
                w.WriteString(field.Name, Convert.ToString(field.Value, CultureInfo.InvariantCulture));
                break;
        }
    }

    internal static void WriteLatest(Utf8JsonWriter w, Claim latest)
    {
        w.WriteStartObject();
        w.WriteString("article", latest.Article.Id);
        w.WriteString("outlet", latest.Article.Outlet);
        w.WriteString("value", latest.ValueText);
        w.WriteString("published", latest.Article.Published.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        if (latest.Article.PublishedTime is { } time)
            w.WriteString("publishedTime", time.ToString("HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture));
        w.WriteEndObject();
    }

    internal static void WriteClaimFields(Utf8JsonWriter w, Claim claim)
    {
        w.WriteString("article", claim.Article.Id);
        w.WriteString("outlet", claim.Article.Outlet);
        w.WriteString("value", claim.ValueText);
        w.WriteStartObject("normalized");
        foreach (var field in claim.Value.Normalized)
            WriteField(w, field);
        w.WriteEndObject();
        if (claim.Value.Resolution is { } resolution)
            w.WriteString("resolution", resolution);
        if (claim.When is { } when)
        {
            w.WriteStartObject("scope");
            foreach (var field in when.Normalized)
                WriteField(w, field);
            w.WriteEndObject();
        }
        w.WriteString("text", claim.MatchedText);
        w.WriteString("sentence", claim.Evidence.Sentence);
        w.WriteNumber("line", claim.Evidence.Line);
        w.WriteNumber("column", claim.Evidence.Column);
    }
}
