using System.Text.Json;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The report as a SARIF 2.1.0 log, for code scanning and SARIF viewers: one run whatever the number of stories, a
/// result per finding a reviewer is asked to look at (<see cref="Annotation"/>), and the rules those results name.
/// </summary>
public static class SarifReport
{
    /// <summary>Where the tool's README is published: the package page shows it.</summary>
    internal const string Home = "https://www.nuget.org/packages/ConsistencyCheck.Cli";

    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options)
    {
        var log = new SarifLog(options);
        foreach (var report in reports)
            log.Story(report);
        return log.End();
    }

    internal static string Level(AnnotationLevel level) => level switch
    {
        AnnotationLevel.Error => "error",
        AnnotationLevel.Warning => "warning",
        _ => "note",
    };

    /// <summary>
    /// A path as a URI reference: relative to the repository (<c>%SRCROOT%</c>) as the run was given it, each segment
    /// escaped; an absolute path as a <c>file:</c> URI with no base.
    /// </summary>
    internal static (string Uri, bool Relative) Uri(string path)
    {
        var slashed = path.Replace('\\', '/');
        var segments = string.Join('/', slashed.Split('/').Select(System.Uri.EscapeDataString));
        if (slashed.StartsWith('/'))
            return ("file://" + segments, false);
        return slashed.Length > 1 && slashed[1] == ':' ? ("file:///" + segments, false) : (segments, true);
    }
}

/// <summary>
/// Gathers a SARIF log story by story and writes it whole at the end, when the rules with results are known. It holds
/// what it will write (texts and positions), never a story's articles.
/// </summary>
internal sealed class SarifLog(ReportOptions options)
{
    private const string Fingerprint = "consistencyFinding/v1";

    private readonly SortedDictionary<string, RuleHeader> _rules = new(StringComparer.Ordinal);
    private readonly List<Result> _results = [];
    private readonly List<InputError> _errors = [];

    public string Story(StoryReport report)
    {
        _errors.AddRange(report.Errors);
        foreach (var annotation in Annotation.Of(report, options))
        {
            var finding = annotation.Finding;
            _rules.TryAdd(finding.Rule.Id, finding.Rule.Header);
            _results.Add(new Result(
                finding.Rule.Id,
                SarifReport.Level(annotation.Level),
                finding.Message(),
                new Place(annotation.Path(annotation.Primary), annotation.Region(annotation.Primary), null),
                [.. annotation.Others.Select(c => new Place(annotation.Path(c), annotation.Region(c), Annotation.Says(c)))],
                finding.Id,
                finding.Verdict.Name(),
                report.Story.Name,
                finding.Subject,
                Listing.Change(report, finding)));
        }
        return "";
    }

    public string End() => JsonReport.Write(w =>
    {
        w.WriteStartObject();
        w.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        w.WriteString("version", "2.1.0");
        w.WriteStartArray("runs");
        w.WriteStartObject();
        WriteTool(w);
        WriteInvocation(w);
        // The evidence counts a character outside the Basic Multilingual Plane as one column, as editors show it
        w.WriteString("columnKind", "unicodeCodePoints");
        w.WriteStartArray("results");
        foreach (var result in _results)
            WriteResult(w, result);
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndArray();
        w.WriteEndObject();
    });

    private void WriteTool(Utf8JsonWriter w)
    {
        w.WriteStartObject("tool");
        w.WriteStartObject("driver");
        w.WriteString("name", "ConsistencyCheck");
        w.WriteString("informationUri", SarifReport.Home);
        w.WriteStartArray("rules");
        foreach (var rule in _rules.Values)
        {
            var description = rule.Description.Trim();
            w.WriteStartObject();
            w.WriteString("id", rule.Id);
            w.WriteString("name", rule.Id);
            WriteText(w, "shortDescription", FirstSentence(description, rule.Kind));
            WriteText(w, "fullDescription", description.Length > 0 ? description : rule.Kind);
            WriteText(w, "help", $"Facts of kind {rule.Kind}, compared across outlets. A finding this rule makes is accepted by "
                + $"its id (the result's partialFingerprints {Fingerprint}) in the story folder's {AcceptedFinding.FileName}.");
            w.WriteStartObject("defaultConfiguration");
            w.WriteString("level", SarifReport.Level(Annotation.Of(rule.Severity)));
            w.WriteEndObject();
            w.WriteStartObject("properties");
            w.WriteString("kind", rule.Kind);
            w.WriteEndObject();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>A story whose input had errors was not checked: the run says so, with each error where it stands.</summary>
    private void WriteInvocation(Utf8JsonWriter w)
    {
        w.WriteStartArray("invocations");
        w.WriteStartObject();
        w.WriteBoolean("executionSuccessful", _errors.Count == 0);
        if (_errors.Count > 0)
        {
            w.WriteStartArray("toolExecutionNotifications");
            foreach (var error in _errors)
            {
                w.WriteStartObject();
                w.WriteString("level", "error");
                WriteText(w, "message", error.Message);
                w.WriteStartArray("locations");
                w.WriteStartObject();
                WritePhysical(w, error.File, new TextRegion(error.Line, error.Column, error.Line, error.Column));
                w.WriteEndObject();
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter w, Result result)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", result.RuleId);
        w.WriteString("level", result.Level);
        WriteText(w, "message", result.Message);
        w.WriteStartArray("locations");
        WriteLocation(w, result.Location, id: null);
        w.WriteEndArray();
        if (result.Related.Count > 0)
        {
            w.WriteStartArray("relatedLocations");
            for (var i = 0; i < result.Related.Count; i++)
                WriteLocation(w, result.Related[i], id: i + 1);
            w.WriteEndArray();
        }
        w.WriteStartObject("partialFingerprints");
        w.WriteString(Fingerprint, result.Id);
        w.WriteEndObject();
        w.WriteStartObject("properties");
        w.WriteString("verdict", result.Verdict);
        w.WriteString("story", result.Story);
        w.WriteString("subject", result.Subject);
        w.WriteString("findingId", result.Id);
        if (result.Change is { } change)
            w.WriteString("change", change);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, Place place, int? id)
    {
        w.WriteStartObject();
        if (id is { } number)
            w.WriteNumber("id", number);
        WritePhysical(w, place.Path, place.Region);
        if (place.Message is { } message)
        {
            WriteText(w, "message", message);
        }
        w.WriteEndObject();
    }

    private static void WritePhysical(Utf8JsonWriter w, string path, TextRegion region)
    {
        var (uri, relative) = SarifReport.Uri(path);
        w.WriteStartObject("physicalLocation");
        w.WriteStartObject("artifactLocation");
        w.WriteString("uri", uri);
        if (relative)
            w.WriteString("uriBaseId", "%SRCROOT%");
        w.WriteEndObject();
        w.WriteStartObject("region");
        w.WriteNumber("startLine", region.StartLine);
        w.WriteNumber("startColumn", region.StartColumn);
        if (region.EndLine != region.StartLine)
            w.WriteNumber("endLine", region.EndLine);
        if (region.EndLine != region.StartLine || region.EndColumn > region.StartColumn)
            w.WriteNumber("endColumn", region.EndColumn);
        w.WriteEndObject();
        w.WriteEndObject();
    }

    /// <summary>SARIF's message and description objects: <c>{"text": ...}</c>.</summary>
    private static void WriteText(Utf8JsonWriter w, string property, string text)
    {
        w.WriteStartObject(property);
        w.WriteString("text", text);
        w.WriteEndObject();
    }

    /// <summary>The description's first sentence, which SARIF viewers show as the rule's title.</summary>
    private static string FirstSentence(string description, string kind)
    {
        if (description.Length == 0)
            return kind;
        var end = description.IndexOf(". ", StringComparison.Ordinal);
        var colon = description.IndexOf(": ", StringComparison.Ordinal);
        if (colon > 0 && (end < 0 || colon < end))
            end = colon;
        return end < 0 ? description.TrimEnd('.') : description[..end];
    }

    private sealed record Place(string Path, TextRegion Region, string? Message);

    private sealed record Result(string RuleId, string Level, string Message, Place Location, IReadOnlyList<Place> Related,
        string Id, string Verdict, string Story, string Subject, string? Change);
}
