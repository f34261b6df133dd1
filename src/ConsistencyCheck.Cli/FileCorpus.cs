using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli;

/// <summary>
/// The only place articles are found on disk. A PATH is a story folder, a corpus of story folders nested at any depth
/// (a story is a folder that holds articles), or article files, which are checked together as one story (a draft and
/// its sources). A README.md and files or folders whose names begin with '_' or '.' are no articles.
/// </summary>
internal static class FileCorpus
{
    public static List<StorySource> Find(IReadOnlyList<string> paths, List<InputError> errors)
    {
        var stories = new List<StorySource>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var files = new List<string>();
        foreach (var path in paths)
        {
            var display = Display(path);
            if (File.Exists(path))
            {
                if (IsArticleFile(path, checkName: false))
                    files.Add(path);
                else
                    errors.Add(new InputError(display, 1, 1, "not a Markdown article: give article files (*.md), a story folder or a corpus folder"));
                continue;
            }
            if (!Directory.Exists(path))
            {
                errors.Add(new InputError(display, 1, 1, "no such file or folder: give a story folder (Markdown articles), a corpus folder of story folders, or article files"));
                continue;
            }
            var before = stories.Count;
            Walk(Path.GetFullPath(path), Path.GetFullPath(path), display, stories, seen);
            if (stories.Count == before && !seen.Contains(Path.GetFullPath(path)))
                errors.Add(new InputError(display, 1, 1, "the folder holds no Markdown articles (*.md) and no story folders with any"));
        }
        if (files.Count > 0)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(files[0]))!;
            var unique = files.DistinctBy(Path.GetFullPath).ToList();
            stories.Add(new StorySource(Path.GetFileName(folder), "", folder, [.. unique.Select(f => (Path.GetFullPath(f), Display(f)))], IsFolder: false));
        }
        return stories;
    }

    private static void Walk(string folder, string root, string display, List<StorySource> stories, HashSet<string> seen)
    {
        var articles = Directory.GetFiles(folder, "*.md", SearchOption.TopDirectoryOnly)
            .Where(f => IsArticleFile(f, checkName: true))
            .Order(StringComparer.Ordinal)
            .ToList();
        if (articles.Count > 0 && seen.Add(folder))
        {
            var name = folder == root ? Path.GetFileName(folder.TrimEnd(Path.DirectorySeparatorChar)) : Relative(root, folder);
            stories.Add(new StorySource(name, display, folder, [.. articles.Select(f => (f, Relative(root, f)))], IsFolder: true));
        }
        foreach (var sub in Directory.GetDirectories(folder).Order(StringComparer.Ordinal))
        {
            var info = new DirectoryInfo(sub);
            // A linked folder may lead back up the tree: stories are read where they are, not through links.
            if (info.Name[0] is '.' or '_' || info.LinkTarget is not null)
                continue;
            Walk(sub, root, display, stories, seen);
        }
    }

    private static bool IsArticleFile(string file, bool checkName) =>
        checkName ? StoryReader.IsArticleName(Path.GetFileName(file)) : file.EndsWith(".md", StringComparison.OrdinalIgnoreCase);

    private static string Relative(string root, string file) => Path.GetRelativePath(root, file).Replace('\\', '/');

    internal static string Display(string path)
    {
        var display = path.Replace('\\', '/').TrimEnd('/');
        return display.Length == 0 ? "." : display;
    }

    internal static string Join(string root, string relative) => root.Length == 0 || root == "." ? relative : $"{root}/{relative}";
}

/// <summary>
/// One story as found on disk: its name, the folder its article paths are shown relative to (<see cref="Root"/>, as
/// the user typed it), the folder settings are looked up from, each article's full path and shown path, and whether
/// it is a story folder (rather than article files given one by one).
/// </summary>
internal sealed record StorySource(string Name, string Root, string Folder, IReadOnlyList<(string Full, string Shown)> Files, bool IsFolder);
