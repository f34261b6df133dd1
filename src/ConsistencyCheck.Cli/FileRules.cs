using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli;

/// <summary>
/// The rule layers of a story, lowest first: the rules shipped with the tool (unless --no-bundled-rules), the folders
/// its project file names, the nearest 'rules' folder above the story, then each --rules folder. A folder given twice
/// counts once. Each distinct list of folders is read once per run.
/// </summary>
internal sealed class FileRules(IReadOnlyList<string> cliFolders, bool bundled)
{
    public const string FolderName = "rules";

    private readonly Dictionary<string, (RuleSet Rules, List<InputError> Errors)> _read = new(StringComparer.Ordinal);

    public static string Bundled => Path.Combine(AppContext.BaseDirectory, FolderName);

    public (RuleSet Rules, List<InputError> Errors) For(string? storyFolder, ProjectFile? project)
    {
        var folders = Folders(storyFolder, project);
        var key = string.Join("\n", folders.Select(f => f.Full));
        if (!_read.TryGetValue(key, out var read))
        {
            var errors = new List<InputError>();
            var layers = folders.Select(f => Layer(f.Full, f.Shown, f.Required, errors)).ToList();
            read = (RuleSet.Layer(layers, errors), errors);
            _read[key] = read;
        }
        return (read.Rules, [.. read.Errors]);
    }

    /// <summary>The folders in layer order, each with the name shown for it and whether it must hold rules.</summary>
    public List<(string Full, string Shown, bool Required)> Folders(string? storyFolder, ProjectFile? project)
    {
        var folders = new List<(string Full, string Shown, bool Required)>();
        void Add(string folder, bool required)
        {
            var full = Path.GetFullPath(folder);
            if (folders.All(f => f.Full != full))
                folders.Add((full, Shown(full), required));
        }
        if (bundled)
            Add(Bundled, required: true);
        if (project is not null)
        {
            var home = Path.GetDirectoryName(Path.GetFullPath(project.Path))!;
            foreach (var folder in project.Rules)
                Add(Path.Combine(home, folder), required: true);
        }
        if (storyFolder is not null && Nearest(storyFolder) is { } nearest)
            Add(nearest, required: false);
        foreach (var folder in cliFolders)
            Add(folder, required: true);
        return folders;
    }

    private static string? Nearest(string storyFolder)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(storyFolder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, FolderName);
            if (Directory.Exists(candidate) && RuleFiles(candidate).Length > 0)
                return candidate;
        }
        return null;
    }

    private static List<SourceFile> Layer(string folder, string shown, bool required, List<InputError> errors)
    {
        if (!Directory.Exists(folder))
        {
            errors.Add(new InputError(shown, 1, 1, "no such rules folder: give a folder of rule files (*.yml)"));
            return [];
        }
        var files = RuleFiles(folder);
        if (files.Length == 0 && required)
            errors.Add(new InputError(shown, 1, 1, "the rules folder holds no rule files (*.yml or *.yaml)"));
        return [.. files.Select(f => new SourceFile(FileCorpus.Join(shown, Path.GetFileName(f)), File.ReadAllBytes(f)))];
    }

    /// <summary>A folder as the user would type it: relative to the current folder when it lies below it.</summary>
    private static string Shown(string full)
    {
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return FileCorpus.Display(relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative);
    }

    private static string[] RuleFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*.yml").Concat(Directory.GetFiles(folder, "*.yaml")).Order(StringComparer.Ordinal)];
}
