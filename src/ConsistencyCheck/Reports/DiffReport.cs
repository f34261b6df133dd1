using System.Text;
using System.Text.Json;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>One story's findings between two reports.</summary>
internal sealed record StoryChanges(string Story, FindingChanges Changes);

/// <summary>
/// What moved between two JSON reports of the same stories (<c>consistencycheck diff OLD NEW</c>): the findings new,
/// resolved, and with another verdict or severity, story by story in name order.
/// </summary>
internal static class DiffReport
{
    public static List<StoryChanges> Between(SavedReport before, SavedReport after) =>
        [.. before.Stories.Select(s => s.Name).Concat(after.Stories.Select(s => s.Name))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => new StoryChanges(name, Between(before.Story(name), after.Story(name))))];

    private static FindingChanges Between(SavedStory? before, SavedStory? after) =>
        FindingChanges.Between(before?.Findings ?? [], after?.Findings ?? [], after?.Accepted ?? new HashSet<string>(StringComparer.Ordinal));

    public static string Text(IReadOnlyList<StoryChanges> stories)
    {
        var text = new StringBuilder();
        foreach (var (story, changes) in stories)
        {
            text.Append($"Story {Visible.Text(story)}: {Summary(changes)}\n");
            foreach (var (label, finding, note) in Lines(changes))
                text.Append($"  {label,-8}  {finding.Verdict.Name()}  {Visible.Text(finding.Subject)}  [{Visible.Text(finding.Rule)}, {finding.SeverityName}]  {Visible.Text(finding.Id)}{note}\n");
        }
        if (stories.All(s => !s.Changes.Any))
            text.Append("No finding is new, resolved or changed.\n");
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<StoryChanges> stories)
    {
        var md = new StringBuilder("# Consistency report changes\n");
        if (stories.All(s => !s.Changes.Any))
            md.Append("\nNo finding is new, resolved or changed.\n");
        foreach (var (story, changes) in stories.Where(s => s.Changes.Any))
        {
            md.Append($"\n## {Visible.Markdown(story)}\n\n{Summary(changes)}.\n\n");
            md.Append("| change | verdict | subject | rule | id |\n|---|---|---|---|---|\n");
            foreach (var (label, finding, note) in Lines(changes))
                md.Append($"| {label}{Visible.Markdown(note)} | {finding.Verdict.Name()} | {Visible.Markdown(finding.Subject)} | `{Visible.CodeCell(finding.Rule)}` | `{Visible.CodeCell(finding.Id)}` |\n");
        }
        return md.ToString();
    }

    public static string Json(IReadOnlyList<StoryChanges> stories) =>
        JsonReport.Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("schemaVersion", JsonReport.SchemaVersion);
            w.WriteStartArray("stories");
            foreach (var (story, changes) in stories)
            {
                w.WriteStartObject();
                w.WriteString("story", story);
                Findings(w, "new", changes.New);
                w.WriteStartArray("changed");
                foreach (var (before, after) in changes.Changed)
                {
                    w.WriteStartObject();
                    w.WriteString("id", after.Id);
                    w.WriteString("rule", after.Rule);
                    w.WriteString("subject", after.Subject);
                    Verdict(w, "before", before);
                    Verdict(w, "after", after);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                Findings(w, "resolved", changes.Resolved);
                w.WriteNumber("unchanged", changes.Unchanged);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void Findings(Utf8JsonWriter w, string name, IReadOnlyList<SavedFinding> findings)
    {
        w.WriteStartArray(name);
        foreach (var finding in findings)
            JsonReport.WriteSaved(w, finding);
        w.WriteEndArray();
    }

    private static void Verdict(Utf8JsonWriter w, string name, SavedFinding finding)
    {
        w.WriteStartObject(name);
        w.WriteString("verdict", finding.Verdict.Name());
        w.WriteString("severity", finding.SeverityName);
        w.WriteEndObject();
    }

    private static string Summary(FindingChanges changes) =>
        $"{changes.New.Count} new, {changes.Resolved.Count} resolved, {changes.Changed.Count} changed, {changes.Unchanged} unchanged";

    /// <summary>New, then changed, then resolved, each in report order.</summary>
    private static IEnumerable<(string Label, SavedFinding Finding, string Note)> Lines(FindingChanges changes) =>
        changes.New.Select(f => ("NEW", f, ""))
            .Concat(changes.Changed.Select(c => ("CHANGED", c.After, $" (was {c.Before.Verdict.Name()}, {c.Before.SeverityName})")))
            .Concat(changes.Resolved.Select(f => ("RESOLVED", f, "")));
}
