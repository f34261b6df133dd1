using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli;

/// <summary>The only place articles are read from disk: a story folder, or a corpus folder of story folders.</summary>
internal static class FileCorpus
{
    public static List<Story> Read(string path, List<InputError> errors)
    {
        var stories = new List<Story>();
        var display = Display(path);
        if (!Directory.Exists(path))
        {
            errors.Add(new InputError(display, 1, 1, "no such folder: give a story folder (Markdown articles) or a corpus folder of story folders"));
            return stories;
        }
        if (Articles(path).Length > 0)
        {
            stories.Add(ReadStory(path, path, display, errors));
            return stories;
        }
        var folders = Directory.GetDirectories(path).Where(d => Articles(d).Length > 0).Order(StringComparer.Ordinal).ToList();
        if (folders.Count == 0)
            errors.Add(new InputError(display, 1, 1, "the folder holds no Markdown articles (*.md) and no story folders with any"));
        foreach (var folder in folders)
            stories.Add(ReadStory(folder, path, display, errors));
        return stories;
    }

    private static string[] Articles(string folder) => Directory.GetFiles(folder, "*.md", SearchOption.TopDirectoryOnly);

    private static Story ReadStory(string folder, string root, string display, List<InputError> errors)
    {
        var files = Articles(folder)
            .Select(f => new SourceFile(Relative(root, f), File.ReadAllBytes(f)))
            .ToList();
        var storyErrors = new List<InputError>();
        var story = StoryReader.Read(Path.GetFileName(Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar)), files, storyErrors, display);
        errors.AddRange(storyErrors.Select(e => e with { File = Join(display, e.File) }));
        return story;
    }

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    internal static string Display(string path)
    {
        var display = path.Replace('\\', '/').TrimEnd('/');
        return display.Length == 0 ? "." : display;
    }

    internal static string Join(string root, string relative) => root == "." ? relative : $"{root}/{relative}";
}
