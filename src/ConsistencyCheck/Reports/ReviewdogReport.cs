using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ConsistencyCheck.Reports;

/// <summary>
/// The report in reviewdog's diagnostic format as JSON lines (rdjsonl, reviewdog's <c>proto/rdf/reviewdog.proto</c>):
/// one <c>Diagnostic</c> object per finding a reviewer is asked to look at (<see cref="Annotation"/>), and one per
/// error of a story that was not checked. Positions count columns in UTF-8 bytes, as reviewdog does; ends are exclusive.
/// </summary>
public static class ReviewdogReport
{
    private const string Source = "consistencycheck";

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Check(IReadOnlyList<StoryReport> reports, ReportOptions options) =>
        string.Concat(reports.Select(r => Story(r, options)));

    internal static string Story(StoryReport report, ReportOptions options)
    {
        var lines = new StringBuilder();
        foreach (var error in report.Errors)
        {
            lines.Append(Line(w =>
            {
                w.WriteString("message", error.Message);
                WriteLocation(w, error.File, new TextRegion(error.Line, error.Column, error.Line, error.Column));
                w.WriteString("severity", "ERROR");
                WriteSource(w);
            }));
        }
        foreach (var annotation in Annotation.Of(report, options))
        {
            var finding = annotation.Finding;
            lines.Append(Line(w =>
            {
                w.WriteString("message", finding.Message());
                WriteLocation(w, annotation.Path(annotation.Primary), annotation.RegionInBytes(annotation.Primary));
                w.WriteString("severity", annotation.Level switch
                {
                    AnnotationLevel.Error => "ERROR",
                    AnnotationLevel.Warning => "WARNING",
                    _ => "INFO",
                });
                WriteSource(w);
                w.WriteStartObject("code");
                w.WriteString("value", finding.Rule.Id);
                w.WriteEndObject();
                if (annotation.Others.Count > 0)
                {
                    w.WriteStartArray("related_locations");
                    foreach (var other in annotation.Others)
                    {
                        w.WriteStartObject();
                        w.WriteString("message", Annotation.Says(other));
                        WriteLocation(w, annotation.Path(other), annotation.RegionInBytes(other));
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                }
            }));
        }
        return lines.ToString();
    }

    private static string Line(Action<Utf8JsonWriter> fields)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            fields(writer);
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteSource(Utf8JsonWriter w)
    {
        w.WriteStartObject("source");
        w.WriteString("name", Source);
        w.WriteString("url", SarifReport.Home);
        w.WriteEndObject();
    }

    private static void WriteLocation(Utf8JsonWriter w, string path, TextRegion region)
    {
        w.WriteStartObject("location");
        w.WriteString("path", path);
        w.WriteStartObject("range");
        w.WriteStartObject("start");
        w.WriteNumber("line", region.StartLine);
        w.WriteNumber("column", region.StartColumn);
        w.WriteEndObject();
        if (region.EndLine != region.StartLine || region.EndColumn > region.StartColumn)
        {
            w.WriteStartObject("end");
            w.WriteNumber("line", region.EndLine);
            w.WriteNumber("column", region.EndColumn);
            w.WriteEndObject();
        }
        w.WriteEndObject();
        w.WriteEndObject();
    }
}
