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
    /// <summary>The findings the story folder's accepted.yml accepts; null when it has none.</summary>
    public IReadOnlyList<AcceptedFinding>? Accepted { get; init; }

    /// <summary>The project file's <c>fail-level</c>; null when it says none.</summary>
    public string? FailLevel { get; init; }

    public StoryReport Check() => Errors.Count > 0 ? StoryReport.NotChecked(Story, Errors) : new Checker(Rules).Check(Story);
}

/// <summary>
/// What applies to a story, found before any article is read: its project file, its rule layers, the verdict that
/// fails it and the article files it keeps. Plans are made one after the other (they share the project files and rule
/// sets read once); the articles are read when the story is checked, so a corpus is never held whole in memory.
/// </summary>
internal sealed record StoryPlan(StorySource Source, IReadOnlyList<(string Full, string Shown)> Files, RuleSet Rules, string FailOn,
    IReadOnlyList<InputError> Errors, ArticleLimits Limits)
{
    /// <summary>The findings the story folder's accepted.yml accepts; null when it has none.</summary>
    public IReadOnlyList<AcceptedFinding>? Accepted { get; init; }

    /// <summary>The project file's <c>fail-level</c>; null when it says none.</summary>
    public string? FailLevel { get; init; }

    public PreparedStory Read()
    {
        var errors = new List<InputError>(Errors);
        var articleErrors = new List<InputError>();
        var files = Files.Select(f => Limits.Read(f.Full, f.Shown, articleErrors)).OfType<SourceFile>().ToList();
        var story = StoryReader.Read(Source.Name, files, articleErrors, Source.Root);
        errors.AddRange(articleErrors.Select(e => e with { File = FileCorpus.Join(Source.Root, e.File) }));
        return new PreparedStory(Source, story, Rules, FailOn, errors) { Accepted = Accepted, FailLevel = FailLevel };
    }

    public static List<StoryPlan> Make(IReadOnlyList<StorySource> sources, FileRules rules, string? failOn, ArticleLimits limits)
    {
        var projects = new Dictionary<string, (ProjectFile? File, List<InputError> Errors)>(StringComparer.Ordinal);
        var plans = new List<StoryPlan>();
        foreach (var source in sources.OrderBy(s => s.Name, StringComparer.Ordinal).ThenBy(s => s.Folder, StringComparer.Ordinal))
        {
            var errors = new List<InputError>();
            var (project, projectErrors) = ProjectFiles.Project(source.Folder, projects);
            errors.AddRange(projectErrors);
            var home = project is null ? null : Path.GetDirectoryName(Path.GetFullPath(project.Path))!;
            var kept = source.Files
                .Where(f => project is null || !project.Ignores(Path.GetRelativePath(home!, f.Full).Replace('\\', '/')))
                .ToList();
            if (kept.Count == 0 && errors.Count == 0)
                continue; // every article of the folder is ignored: it is no story
            var (ruleSet, ruleErrors) = rules.For(source.Folder, project);
            errors.AddRange(ruleErrors);
            var accepted = ReadAccepted(source, errors);
            plans.Add(new StoryPlan(source, kept, ruleSet, failOn ?? project?.FailOn ?? "contradict", errors, limits) { Accepted = accepted, FailLevel = project?.FailLevel });
        }
        return plans;
    }

    /// <summary>
    /// The story folder's accepted.yml, committed beside its articles; its errors are the story's, as an article's are.
    /// Article files given one by one have no folder of their own, so none.
    /// </summary>
    private static IReadOnlyList<AcceptedFinding>? ReadAccepted(StorySource source, List<InputError> errors)
    {
        var path = Path.Combine(source.Folder, AcceptedFinding.FileName);
        if (!source.IsFolder || !File.Exists(path))
            return null;
        var folder = Path.GetDirectoryName(source.Files[0].Shown)?.Replace('\\', '/') ?? "";
        var shown = FileCorpus.Join(source.Root, folder.Length == 0 ? AcceptedFinding.FileName : $"{folder}/{AcceptedFinding.FileName}");
        return AcceptedFinding.Read(new SourceFile(shown, File.ReadAllBytes(path)), errors);
    }
}

/// <summary>Finds a story's project file: the nearest one above it, as editors find .editorconfig.</summary>
internal static class ProjectFiles
{
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
