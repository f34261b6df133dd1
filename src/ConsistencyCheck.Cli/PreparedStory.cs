using ConsistencyCheck.Corpus;
using ConsistencyCheck.Reports;
using ConsistencyCheck.Rules;

namespace ConsistencyCheck.Cli;

/// <summary>
/// A story read from disk with what applies to it: its project file, its rule layers and the verdict that fails it.
/// Each story resolves these for itself, so the order of the PATHs changes nothing. A story with errors in its input
/// is not checked; the others are.
/// </summary>
internal sealed record PreparedStory(StorySource Source, Story Story, RuleSet Rules, string FailOn, IReadOnlyList<InputError> Errors)
{
    public StoryReport Check() => Errors.Count > 0 ? StoryReport.NotChecked(Story, Errors) : new Checker(Rules).Check(Story);

    public static List<PreparedStory> Read(IReadOnlyList<StorySource> sources, FileRules rules, string? failOn, ArticleLimits limits)
    {
        var projects = new Dictionary<string, (ProjectFile? File, List<InputError> Errors)>(StringComparer.Ordinal);
        var prepared = new List<PreparedStory>();
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Folder, StringComparer.Ordinal))
        {
            var errors = new List<InputError>();
            var (project, projectErrors) = Project(source.Folder, projects);
            errors.AddRange(projectErrors);
            var home = project is null ? null : Path.GetDirectoryName(Path.GetFullPath(project.Path))!;
            var articleErrors = new List<InputError>();
            var kept = source.Files
                .Where(f => project is null || !project.Ignores(Path.GetRelativePath(home!, f.Full).Replace('\\', '/')))
                .ToList();
            if (kept.Count == 0 && errors.Count == 0)
                continue; // every article of the folder is ignored: it is no story
            var files = kept.Select(f => limits.Read(f.Full, f.Shown, articleErrors)).OfType<SourceFile>().ToList();
            var story = StoryReader.Read(source.Name, files, articleErrors, source.Root);
            errors.AddRange(articleErrors.Select(e => e with { File = FileCorpus.Join(source.Root, e.File) }));
            var (ruleSet, ruleErrors) = rules.For(source.Folder, project);
            errors.AddRange(ruleErrors);
            prepared.Add(new PreparedStory(source, story, ruleSet, failOn ?? project?.FailOn ?? "contradict", errors));
        }
        return prepared;
    }

    /// <summary>The nearest project file at or above a folder, read once per run.</summary>
    public static (ProjectFile? File, List<InputError> Errors) Project(string folder, Dictionary<string, (ProjectFile?, List<InputError>)>? cache = null)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(folder)); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, ProjectFile.FileName);
            if (!File.Exists(path))
                continue;
            if (cache is not null && cache.TryGetValue(path, out var known))
                return known;
            var errors = new List<InputError>();
            var shown = FileCorpus.Display(Path.GetRelativePath(Directory.GetCurrentDirectory(), path));
            var read = (ProjectFile.Read(new SourceFile(shown, File.ReadAllBytes(path)), errors) is { } file ? file.At(path) : null, errors);
            if (cache is not null)
                cache[path] = read;
            return read;
        }
        return (null, []);
    }
}
