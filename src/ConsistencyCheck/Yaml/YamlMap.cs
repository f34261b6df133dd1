using System.Globalization;
using ConsistencyCheck.Corpus;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace ConsistencyCheck.Yaml;

/// <summary>
/// A YAML mapping read key by key, where every wrong or missing value becomes an <see cref="InputError"/>
/// at the exact file position of the node, instead of an exception.
/// </summary>
internal sealed class YamlMap
{
    private readonly YamlMappingNode _node;
    private readonly int _lineOffset;

    // Keys already offered as "did you mean": their absence is the same mistake, not a second one.
    private readonly HashSet<string> _suggested = new(StringComparer.Ordinal);

    public YamlMap(string file, YamlMappingNode node, int lineOffset, List<InputError> errors)
    {
        File = file;
        _node = node;
        _lineOffset = lineOffset;
        Errors = errors;
    }

    public string File { get; }
    public List<InputError> Errors { get; }
    public YamlMappingNode Node => _node;

    /// <summary>Parses one YAML document whose root must be a mapping.</summary>
    public static YamlMap? Parse(string file, string text, int lineOffset, List<InputError> errors, string what)
    {
        var root = Load(file, text, lineOffset, errors, what);
        if (root is null)
            return null;
        if (root is not YamlMappingNode map)
        {
            errors.Add(new InputError(file, Math.Max(1, (int)root.Start.Line) + lineOffset, Math.Max(1, (int)root.Start.Column),
                $"{what} must be a YAML mapping of 'key: value' lines"));
            return null;
        }
        return new YamlMap(file, map, lineOffset, errors);
    }

    /// <summary>Parses one YAML document of any shape; null, with the error, when it is not valid YAML or not one document.</summary>
    public static YamlNode? Load(string file, string text, int lineOffset, List<InputError> errors, string what)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            var message = e.Message.Contains("Duplicate key", StringComparison.Ordinal)
                ? "a key appears twice in the same mapping: keep one"
                : Clean(e.Message);
            errors.Add(new InputError(file, (int)e.Start.Line + lineOffset, (int)e.Start.Column, $"invalid YAML in {what}: {message}"));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's parser gives up on some unclosed brackets and stray directives without a position.
            errors.Add(new InputError(file, 1 + lineOffset, 1, $"invalid YAML in {what}: check for an unclosed bracket or quote, or a line starting with '%'"));
            return null;
        }
        if (stream.Documents.Count == 0)
        {
            errors.Add(new InputError(file, 1 + lineOffset, 1, $"{what} must be a YAML mapping of 'key: value' lines"));
            return null;
        }
        var root = stream.Documents[0].RootNode;
        if (ComplexKey(root) is { } key)
        {
            errors.Add(new InputError(file, (int)key.Start.Line + lineOffset, (int)key.Start.Column,
                $"{what} has a key that is a list or a mapping: every key must be a plain word"));
            return null;
        }
        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            errors.Add(new InputError(file, (int)second.Line + lineOffset, (int)second.Column,
                $"{what} must hold one YAML document: remove the second '---' section"));
            return null;
        }
        return root;
    }

    /// <summary>
    /// The first mapping key that is not a plain value ("? [a, b] : x"), anywhere in the document. Aliases share their
    /// node, so each node is visited once however often it is referred to.
    /// </summary>
    private static YamlNode? ComplexKey(YamlNode root)
    {
        var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
        var pending = new Stack<YamlNode>([root]);
        while (pending.TryPop(out var node))
        {
            if (!seen.Add(node))
                continue;
            switch (node)
            {
                case YamlMappingNode map:
                    foreach (var (key, value) in map.Children)
                    {
                        if (key is not YamlScalarNode)
                            return key;
                        pending.Push(value);
                    }
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children)
                        pending.Push(item);
                    break;
            }
        }
        return null;
    }

    private static string Clean(string message)
    {
        // YamlDotNet prefixes messages with the position, which we already give in file:line:col form.
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith("(Line", StringComparison.Ordinal) && close > 0 ? message[(close + 3)..] : message;
    }

    public void Error(YamlNode node, string message) =>
        Errors.Add(new InputError(File, (int)node.Start.Line + _lineOffset, (int)node.Start.Column, message));

    public void ErrorAtMap(string message) => Error(_node, message);

    /// <summary>Reports every key that is not one of <paramref name="allowed"/>, suggesting the closest known key.</summary>
    public void RejectUnknownKeys(IReadOnlyCollection<string> allowed, string what)
    {
        foreach (var key in _node.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (allowed.Contains(name))
                continue;
            var suggestion = Suggestions.Closest(name, allowed);
            if (suggestion is not null)
                _suggested.Add(suggestion);
            var hint = suggestion is { } best
                ? $"did you mean '{best}'?"
                : $"known keys: {string.Join(", ", allowed.Order(StringComparer.Ordinal))}";
            Error(key, $"unknown key '{name}' in {what}: {hint}");
        }
    }

    /// <summary>The keys that are not one of <paramref name="known"/>, with their values, for readers that keep what they do not use.</summary>
    public List<(string Key, YamlNode Node, string Value)> OtherKeys(IReadOnlyCollection<string> known)
    {
        var others = new List<(string, YamlNode, string)>();
        foreach (var (key, value) in _node.Children)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!known.Contains(name))
                others.Add((name, key, value is YamlScalarNode scalar ? scalar.Value ?? "" : value.ToString()));
        }
        return others;
    }

    public bool Has(string key) => Find(key) is not null;

    public YamlNode? Find(string key) =>
        _node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    public string? String(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null)
            return null;
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"'{key}' must be a single value, not a list or a mapping");
            return null;
        }
        if (IsNull(scalar))
        {
            if (required)
                Error(node, $"'{key}' must not be empty");
            return null;
        }
        return scalar.Value!;
    }

    public DateOnly? Date(string key, bool required)
    {
        var text = String(key, required);
        if (text is null)
            return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(Find(key)!, NotADate(key, text, "a date written YYYY-MM-DD (e.g. 2023-04-20)"));
        return null;
    }

    /// <summary>Says why a value is no date: written otherwise, or written right but not in the calendar ("2023-02-30").</summary>
    public static string NotADate(string key, string text, string expected)
    {
        var parts = text.Split('-');
        if (parts.Length == 3 && parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length >= 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
            && int.TryParse(parts[2].AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && year >= 1 && month is >= 1 and <= 12 && day > DateTime.DaysInMonth(year, month))
        {
            var name = new DateTime(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
            return $"'{key}' is '{text}', but {name} has {DateTime.DaysInMonth(year, month)} days: correct the day";
        }
        return $"'{key}' must be {expected}, not '{text}'";
    }

    public int? Int(string key, int min, int max)
    {
        var text = String(key, required: false);
        if (text is null)
            return null;
        // A sign only where the range allows one: "-5" for a count is a mistake worth its own message
        var styles = min < 0 ? NumberStyles.AllowLeadingSign : NumberStyles.None;
        if (int.TryParse(text, styles, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
            return value;
        Error(Find(key)!, $"'{key}' must be a whole number from {min} to {max}, not '{text}'");
        return null;
    }

    public bool? Bool(string key)
    {
        var text = String(key, required: false);
        if (text is null)
            return null;
        if (text is "true" or "false")
            return text == "true";
        Error(Find(key)!, $"'{key}' must be true or false, not '{text}'");
        return null;
    }

    /// <summary>Reads one of a closed set of words; the error lists them all.</summary>
    public string? OneOf(string key, bool required, params string[] choices)
    {
        var text = String(key, required);
        if (text is null)
            return null;
        if (choices.Contains(text, StringComparer.Ordinal))
            return text;
        var hint = Suggestions.Closest(text, choices) is { } best ? $" (did you mean '{best}'?)" : "";
        Error(Find(key)!, $"'{key}' must be one of {string.Join(", ", choices)}, not '{text}'{hint}");
        return null;
    }

    public YamlMap? Map(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null)
            return null;
        if (node is YamlMappingNode map)
            return new YamlMap(File, map, _lineOffset, Errors);
        Error(node, $"'{key}' must be a mapping of 'key: value' lines");
        return null;
    }

    public IReadOnlyList<YamlNode>? Sequence(string key, bool required)
    {
        var node = Require(key, required);
        if (node is null)
            return null;
        if (node is YamlSequenceNode sequence)
            return [.. sequence.Children];
        if (node is YamlScalarNode scalar && IsNull(scalar))
            return [];
        Error(node, $"'{key}' must be a list ('- item' lines or [a, b])");
        return null;
    }

    /// <summary>A list of non-empty words or phrases.</summary>
    public IReadOnlyList<string>? Strings(string key, bool required)
    {
        var items = Sequence(key, required);
        if (items is null)
            return null;
        // A word list is read into lookups the recognisers consult at every word: a list past this is a mistake
        // (a pasted dictionary), and would slow every run.
        const int MaxItems = 10_000;
        if (items.Count > MaxItems)
        {
            Error(Find(key)!, $"'{key}' lists {items.Count:N0} items; a list holds at most {MaxItems:N0}: keep the words that matter, or split the rule");
            return null;
        }
        var result = new List<string>(items.Count);
        foreach (var item in items)
        {
            if (item is YamlScalarNode s && !IsNull(s) && !string.IsNullOrWhiteSpace(s.Value))
                result.Add(s.Value!);
            else
                Error(item, $"each item of '{key}' must be a non-empty word or phrase");
        }
        if (required && result.Count == 0 && items.Count == 0)
            Error(Find(key)!, $"'{key}' must list at least one item");
        return result;
    }

    /// <summary>An optional list of names that must each be one of <paramref name="known"/> (the rule's events, predicates, offices).</summary>
    public IReadOnlyList<string> NamesAmong(string key, IReadOnlyCollection<string> known, string what)
    {
        var names = Strings(key, required: false) ?? [];
        foreach (var item in Sequence(key, required: false) ?? [])
        {
            if (item is YamlScalarNode { Value: { } name } && !string.IsNullOrWhiteSpace(name) && !known.Contains(name))
            {
                var hint = Suggestions.Closest(name, known) is { } best ? $"; did you mean '{best}'?" : "";
                Error(item, $"'{name}' in '{key}' is not one of the rule's {what}{hint}");
            }
        }
        return names;
    }

    /// <summary>
    /// A vocabulary: names, each with the words that stand for it ("summit: [summit, summits]"), read as word → name.
    /// A word listed under two names is an error; with <paramref name="singleWords"/>, so is a phrase.
    /// </summary>
    public Dictionary<string, string> Vocabulary(string key, string what, bool singleWords)
    {
        var byWord = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var map = Map(key, required: true);
        if (map is null)
            return byWord;
        if (map.Node.Children.Count == 0)
            Error(map.Node, $"'{key}' must name at least one {what} with its words, e.g. 'name: [word, words]'");
        foreach (var (nameNode, _) in map.Node.Children)
        {
            var name = ((YamlScalarNode)nameNode).Value ?? "";
            foreach (var word in map.Strings(name, required: true) ?? [])
            {
                if (singleWords && word.Contains(' ', StringComparison.Ordinal))
                    map.Error(map.Find(name)!, $"'{word}' in {what} '{name}' must be one word; list each form ('meet', 'met', 'meeting')");
                else if (byWord.TryGetValue(word, out var other) && other != name)
                    map.Error(map.Find(name)!, $"the word '{word}' is listed for both '{other}' and '{name}': keep it in one {what}");
                else
                    byWord[word] = name;
            }
        }
        return byWord;
    }

    public YamlMap AsMap(YamlMappingNode node) => new(File, node, _lineOffset, Errors);

    private YamlNode? Require(string key, bool required)
    {
        var node = Find(key);
        if (node is null && required && !_suggested.Contains(key))
            ErrorAtMap($"missing key '{key}'");
        return node;
    }

    internal static bool IsNull(YamlScalarNode scalar) =>
        scalar.Style == ScalarStyle.Plain && scalar.Value is null or "" or "~" or "null" or "Null" or "NULL";
}
