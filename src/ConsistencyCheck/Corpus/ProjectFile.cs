using System.Text;
using System.Text.RegularExpressions;
using ConsistencyCheck.Articles;
using ConsistencyCheck.Yaml;

namespace ConsistencyCheck.Corpus;

/// <summary>
/// A newsroom's settings for the stories below it, from a <c>.consistencycheck.yml</c> file (found upward from a
/// story, as <c>.editorconfig</c> is): rules folders to layer over the bundled rules, the verdict and rule severity that
/// fail a run, and
/// files that are no articles. Folders and patterns are relative to the file's own folder.
/// </summary>
public sealed class ProjectFile
{
    public const string FileName = ".consistencycheck.yml";

    private static readonly string[] Keys = ["rules", "fail-on", "fail-level", "ignore"];
    public static readonly string[] FailOnChoices = ["contradict", "variant", "never"];
    public static readonly string[] FailLevelChoices = ["error", "warning", "info"];

    private readonly List<Regex> _ignore;

    private ProjectFile(string path, IReadOnlyList<string> rules, string? failOn, string? failLevel, IReadOnlyList<string> ignore)
    {
        Path = path;
        Rules = rules;
        FailOn = failOn;
        FailLevel = failLevel;
        Ignore = ignore;
        _ignore = [.. ignore.Select(Glob)];
    }

    /// <summary>The file as the caller named it; folders and patterns are relative to its folder.</summary>
    public string Path { get; private init; }

    /// <summary>The same settings, located at the file's full path (the caller may have read it under a shorter name).</summary>
    public ProjectFile At(string path) => new(path, Rules, FailOn, FailLevel, Ignore);

    /// <summary>Rules folders, in the order they layer, as written (relative to the file's folder).</summary>
    public IReadOnlyList<string> Rules { get; }

    public string? FailOn { get; }

    /// <summary>The least rule severity whose findings fail a run: error, warning or info; null when the file does not say.</summary>
    public string? FailLevel { get; }

    public IReadOnlyList<string> Ignore { get; }

    /// <summary>Whether a file, given by its path relative to the project file's folder with '/' separators, is ignored.</summary>
    public bool Ignores(string relativePath) => _ignore.Any(pattern => pattern.IsMatch(relativePath));

    public static ProjectFile? Read(SourceFile file, List<InputError> errors)
    {
        var text = SourceText.Decode(file.Path, file.Content, errors);
        if (text is null)
            return null;
        var before = errors.Count;
        var map = text.Trim().Length == 0 ? null : YamlMap.Parse(file.Path, SourceText.Decode(text), 0, errors, "the project file");
        if (errors.Count > before)
            return null;
        if (map is null)
            return new ProjectFile(file.Path, [], null, null, []);
        map.RejectUnknownKeys(Keys, "the project file");
        var rules = map.Strings("rules", required: false) ?? [];
        var failOn = map.OneOf("fail-on", required: false, FailOnChoices);
        var failLevel = map.OneOf("fail-level", required: false, FailLevelChoices);
        var ignore = map.Strings("ignore", required: false) ?? [];
        return errors.Count > before ? null : new ProjectFile(file.Path, rules, failOn, failLevel, ignore);
    }

    /// <summary>
    /// A gitignore-style pattern: '*' and '?' stay within a folder, '**' crosses folders, and a pattern without '/'
    /// matches a file name in any folder.
    /// </summary>
    private static Regex Glob(string pattern)
    {
        var trimmed = pattern.TrimStart('/');
        var anywhere = !pattern.Contains('/', StringComparison.Ordinal);
        var regex = new StringBuilder(anywhere ? "^(?:.*/)?" : "^");
        for (var i = 0; i < trimmed.Length; i++)
        {
            var c = trimmed[i];
            if (c == '*' && i + 1 < trimmed.Length && trimmed[i + 1] == '*')
            {
                regex.Append(i + 2 < trimmed.Length && trimmed[i + 2] == '/' ? "(?:.*/)?" : ".*");
                i += i + 2 < trimmed.Length && trimmed[i + 2] == '/' ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }
        // A folder pattern ignores everything inside it.
        regex.Append("(?:/.*)?$");
        return new Regex(regex.ToString(), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
    }
}
