using System.Text;
using System.Text.Json;
using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;
using ConsistencyCheck.Verdicts;

namespace ConsistencyCheck.Reports;

/// <summary>A finding as a JSON report gives it back: enough to tell whether it is new, changed or gone.</summary>
internal sealed record SavedFinding(string Id, string Rule, string Subject, Verdict Verdict, Severity Severity)
{
    public static SavedFinding Of(Finding finding) =>
        new(finding.Id, finding.Rule.Id, finding.Subject, finding.Verdict, finding.Severity);

    public string SeverityName => Severity.ToString().ToLowerInvariant();
}

/// <summary>A story of a saved report: its listed findings, and the ids its accepted.yml accepted (not listed).</summary>
internal sealed record SavedStory(string Name, IReadOnlyList<SavedFinding> Findings)
{
    public IReadOnlySet<string> Accepted { get; init; } = new HashSet<string>(StringComparer.Ordinal);
}

/// <summary>
/// A JSON report this tool wrote earlier (schemaVersion <see cref="JsonReport.SchemaVersion"/>), read back as a
/// baseline or for <c>diff</c>. The caller reads the file; what is wrong in it becomes an <see cref="InputError"/> at
/// its line and column.
/// </summary>
internal sealed class SavedReport
{
    private readonly Dictionary<string, SavedStory> _byName;

    private SavedReport(IReadOnlyList<SavedStory> stories)
    {
        Stories = stories;
        _byName = stories.GroupBy(s => s.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
    }

    public IReadOnlyList<SavedStory> Stories { get; }

    public SavedStory? Story(string name) => _byName.GetValueOrDefault(name);

    public static SavedReport? Read(SourceFile file, List<InputError> errors)
    {
        var bytes = file.Content;
        const string Rewrite = "write it again with 'consistencycheck check --format json'";
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes);
        }
        catch (JsonException e)
        {
            var (line, column) = Column(bytes, (int)(e.LineNumber ?? 0), (int)(e.BytePositionInLine ?? 0));
            errors.Add(new InputError(file.Path, line, column, $"not a JSON report: {Reason(e.Message)}; {Rewrite}"));
            return null;
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                errors.Add(new InputError(file.Path, 1, 1, $"a schemaVersion 1 report (an array of stories); this version reads schemaVersion {JsonReport.SchemaVersion}: {Rewrite}"));
                return null;
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                errors.Add(new InputError(file.Path, 1, 1, $"not a JSON report: the file holds a JSON {root.ValueKind.ToString().ToLowerInvariant()}, not an object; {Rewrite}"));
                return null;
            }
            if (!root.TryGetProperty("schemaVersion", out var version) || version.ValueKind != JsonValueKind.Number
                || !version.TryGetInt32(out var number) || number != JsonReport.SchemaVersion)
            {
                var said = root.TryGetProperty("schemaVersion", out var v) ? $"schemaVersion {v.GetRawText()}" : "no schemaVersion";
                var (line, column) = Locate(bytes, ["schemaVersion"]);
                errors.Add(new InputError(file.Path, line, column, $"the report has {said}; this version reads schemaVersion {JsonReport.SchemaVersion}: {Rewrite}"));
                return null;
            }
            var reader = new Shape(file.Path, bytes, errors);
            var stories = new List<SavedStory>();
            foreach (var (story, storyPath) in reader.Items(root, ["stories"]))
            {
                var name = reader.Text(story, storyPath, "story");
                var findings = new List<SavedFinding>();
                foreach (var (finding, path) in reader.Items(story, [.. storyPath, "findings"]))
                {
                    var id = reader.Text(finding, path, "id");
                    var rule = reader.Text(finding, path, "rule");
                    var subject = reader.Text(finding, path, "subject");
                    var verdict = reader.Choice(finding, path, "verdict", Enum.GetValues<Verdict>(), v => v.Name());
                    var severity = reader.Choice(finding, path, "severity", Enum.GetValues<Severity>(), s => s.ToString().ToLowerInvariant());
                    if (id is not null && rule is not null && subject is not null && verdict is { } knownVerdict && severity is { } knownSeverity)
                        findings.Add(new SavedFinding(id, rule, subject, knownVerdict, knownSeverity));
                }
                reader.Whole(story, storyPath, name);
                if (name is not null)
                    stories.Add(new SavedStory(name, findings) { Accepted = AcceptedIds(story) });
            }
            return reader.Failed ? null : new SavedReport(stories);
        }
    }

    private static HashSet<string> AcceptedIds(JsonElement story)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (story.TryGetProperty("suppressed", out var suppressed) && suppressed.ValueKind == JsonValueKind.Object
            && suppressed.TryGetProperty("ids", out var list) && list.ValueKind == JsonValueKind.Array)
        {
            foreach (var id in list.EnumerateArray())
            {
                if (id.ValueKind == JsonValueKind.String)
                    ids.Add(id.GetString()!);
            }
        }
        return ids;
    }

    /// <summary>Reads the fields the comparison needs, each error located at the field (or the object lacking it).</summary>
    private sealed class Shape(string file, byte[] bytes, List<InputError> errors)
    {
        private const string Hint = "give a report written by 'consistencycheck check --format json'";

        public bool Failed { get; private set; }

        public IEnumerable<(JsonElement Item, object[] Path)> Items(JsonElement parent, object[] path)
        {
            var name = (string)path[^1];
            if (!parent.TryGetProperty(name, out var list) || list.ValueKind != JsonValueKind.Array)
            {
                Fail(path, $"{Describe(path)} must be an array; {Hint}");
                yield break;
            }
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                object[] at = [.. path, index++];
                if (item.ValueKind == JsonValueKind.Object)
                    yield return (item, at);
                else
                    Fail(at, $"{Describe(at)} must be an object; {Hint}");
            }
        }

        public string? Text(JsonElement parent, object[] path, string name)
        {
            if (parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                return value.GetString();
            object[] at = parent.TryGetProperty(name, out _) ? [.. path, name] : path;
            Fail(at, $"{Describe([.. path, name])} must be a string; {Hint}");
            return null;
        }

        public T? Choice<T>(JsonElement parent, object[] path, string name, T[] choices, Func<T, string> nameOf)
            where T : struct
        {
            var text = Text(parent, path, name);
            if (text is null)
                return null;
            foreach (var choice in choices)
            {
                if (nameOf(choice) == text)
                    return choice;
            }
            Fail([.. path, name], $"{Describe([.. path, name])} is '{text}', not one of {string.Join(", ", choices.Select(nameOf))}");
            return null;
        }

        /// <summary>
        /// A report that left findings out (<c>--show</c>, <c>--min-verdict</c>, <c>--baseline</c>) would make each of
        /// them look new; findings accepted in accepted.yml are left out of the next report too, so they may be.
        /// </summary>
        public void Whole(JsonElement story, object[] path, string? name)
        {
            var accepted = story.TryGetProperty("suppressed", out var suppressed) ? Count(suppressed, "count") : 0;
            var leftOut = Count(story, "notListed") - accepted;
            if (leftOut > 0)
                Fail([.. path, "notListed"], $"story '{name}' leaves {leftOut} of its findings out (it was written with --show, --min-verdict or --baseline), so each of them would look new or resolved: write it again with 'consistencycheck check --format json' and none of those options");
        }

        private static int Count(JsonElement parent, string name) =>
            parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : 0;

        private void Fail(object[] path, string message)
        {
            Failed = true;
            var (line, column) = Locate(bytes, path);
            errors.Add(new InputError(file, line, column, message));
        }

        private static string Describe(object[] path)
        {
            var text = new StringBuilder();
            foreach (var step in path)
            {
                if (step is int index)
                    text.Append('[').Append(index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(']');
                else
                    text.Append(text.Length > 0 ? "." : "").Append((string)step);
            }
            return $"'{text}'";
        }
    }

    /// <summary>The line and column of the value at a path of property names and array indexes, or of the last step found.</summary>
    private static (int Line, int Column) Locate(byte[] bytes, object[] path)
    {
        var reader = new Utf8JsonReader(bytes);
        if (!reader.Read())
            return (1, 1);
        var found = reader.TokenStartIndex;
        foreach (var step in path)
        {
            var container = reader.TokenStartIndex;
            var reached = false;
            if (step is string name && reader.TokenType == JsonTokenType.StartObject)
            {
                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var match = reader.ValueTextEquals(name);
                    reader.Read();
                    if (match)
                    {
                        reached = true;
                        break;
                    }
                    reader.Skip();
                }
            }
            else if (step is int index && reader.TokenType == JsonTokenType.StartArray)
            {
                for (var i = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; i++)
                {
                    if (i == index)
                    {
                        reached = true;
                        break;
                    }
                    reader.Skip();
                }
            }
            if (!reached)
                return Position(bytes, container);
            found = reader.TokenStartIndex;
        }
        return Position(bytes, found);
    }

    /// <summary>A byte offset as the 1-based line and column (in characters) an editor shows.</summary>
    private static (int Line, int Column) Position(byte[] bytes, long offset)
    {
        var line = 1;
        var start = 0;
        for (var i = 0; i < offset && i < bytes.Length; i++)
        {
            if (bytes[i] == '\n')
                (line, start) = (line + 1, i + 1);
        }
        var length = (int)Math.Min(offset, bytes.Length) - start;
        return (line, Encoding.UTF8.GetCharCount(bytes, start, Math.Max(0, length)) + 1);
    }

    /// <summary>System.Text.Json's 0-based line and byte in that line, as an editor's line and column.</summary>
    private static (int Line, int Column) Column(byte[] bytes, int line, int byteInLine)
    {
        var start = 0;
        for (var seen = 0; seen < line && start < bytes.Length; start++)
        {
            if (bytes[start] == '\n')
                seen++;
        }
        var length = Math.Min(byteInLine, bytes.Length - start);
        return (line + 1, Encoding.UTF8.GetCharCount(bytes, start, Math.Max(0, length)) + 1);
    }

    // The exception's message ends with where it happened, which the error's line and column already say.
    private static string Reason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var reason = (cut > 0 ? message[..cut] : message).TrimEnd().TrimEnd('.');
        var path = reason.IndexOf(" Path: ", StringComparison.Ordinal);
        return path > 0 ? reason[..path].TrimEnd('|', ' ', '.') : reason;
    }
}
