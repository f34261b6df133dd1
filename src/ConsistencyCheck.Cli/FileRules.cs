using ConsistencyCheck.Corpus;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Finds and reads the rule files: the --rules folder if given, else the nearest 'rules' folder above the
/// checked path, else the rules shipped beside the tool.
/// </summary>
internal static class FileRules
{
    public static string Locate(string? rulesOption, string? startPath)
    {
        if (rulesOption is not null)
            return rulesOption;
        if (startPath is not null)
        {
            for (var dir = new DirectoryInfo(Path.GetFullPath(startPath)); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "rules");
                if (Directory.Exists(candidate) && RuleFiles(candidate).Length > 0)
                    return Path.GetRelativePath(Directory.GetCurrentDirectory(), candidate);
            }
        }
        return Path.Combine(AppContext.BaseDirectory, "rules");
    }

    public static RuleSet Read(string folder, List<InputError> errors)
    {
        var display = FileCorpus.Display(folder);
        if (!Directory.Exists(folder))
        {
            errors.Add(new InputError(display, 1, 1, "no such rules folder: give --rules a folder of rule files (*.yml)"));
            return RuleSet.Of();
        }
        var files = RuleFiles(folder)
            .Select(f => new SourceFile(FileCorpus.Join(display, Path.GetFileName(f)), File.ReadAllBytes(f)))
            .ToList();
        if (files.Count == 0)
            errors.Add(new InputError(display, 1, 1, "the rules folder holds no rule files (*.yml or *.yaml)"));
        return RuleSet.Read(files, errors);
    }

    private static string[] RuleFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*.yml").Concat(Directory.GetFiles(folder, "*.yaml")).Order(StringComparer.Ordinal)];
}
