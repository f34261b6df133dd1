using System.Text;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli;

/// <summary>
/// The story folders a change touches, for a CI job that checks only those: a changed article names its folder; a
/// changed file in a 'rules' folder, or a changed project file, names every story below the folder it applies to (the
/// repository's own 'rules' folder: every story). Only folders that hold articles after the change are named: a story
/// whose articles were all deleted or moved away has nothing left to check.
/// </summary>
internal static class ChangedStories
{
    /// <summary>Every story folder below <paramref name="corpus"/>, as the corpus walk of <c>check</c> finds them, in name order.</summary>
    public static List<string> All(string root, string corpus) => Shown(root, Stories(Path.Combine(root, corpus)));

    /// <summary>The story folders below <paramref name="corpus"/> that the changed paths (relative to <paramref name="root"/>) touch.</summary>
    public static List<string> Of(string root, string corpus, IEnumerable<string> changed)
    {
        var corpusFull = Path.GetFullPath(Path.Combine(root, corpus));
        var all = Stories(corpusFull);
        var touched = new List<string>();
        foreach (var path in changed)
        {
            var full = Path.GetFullPath(Path.Combine(root, path));
            var folder = Path.GetDirectoryName(full)!;
            var parts = path.Split('/');
            var rulesAt = parts.Length < 2 ? -1 : Array.LastIndexOf(parts, "rules", parts.Length - 2);
            if (parts[^1] == ProjectFile.FileName || rulesAt >= 0)
            {
                var scope = parts[^1] == ProjectFile.FileName ? folder : Path.GetFullPath(Path.Combine([root, .. parts[..rulesAt]]));
                touched.AddRange(all.Where(story => Inside(story, scope)));
            }
            else if (StoryReader.IsArticleName(parts[^1]) && all.Contains(folder, StringComparer.Ordinal))
            {
                touched.Add(folder);
            }
        }
        return Shown(root, touched);
    }

    /// <summary>
    /// The paths of a list of changed files: one a line, or NUL-separated (<c>git diff --name-only -z</c>); a line git
    /// quoted for its unusual characters ("corpus/caf\303\251.md") is unquoted.
    /// </summary>
    public static List<string> ReadPaths(string text)
    {
        var entries = text.Contains('\0', StringComparison.Ordinal) ? text.Split('\0') : text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return [.. entries.Where(e => e.Length > 0).Select(e => e.Length > 1 && e[0] == '"' && e[^1] == '"' ? Unquote(e[1..^1]) : e)];
    }

    private static string Unquote(string quoted)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c != '\\' || i + 1 == quoted.Length)
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
                continue;
            }
            var next = quoted[++i];
            if (next is >= '0' and <= '3' && i + 2 < quoted.Length)
            {
                bytes.Add(Convert.ToByte(quoted.Substring(i, 3), 8));
                i += 2;
                continue;
            }
            bytes.Add(next switch
            {
                'n' => (byte)'\n',
                't' => (byte)'\t',
                'r' => (byte)'\r',
                'a' => 7,
                'b' => 8,
                'f' => 12,
                'v' => 11,
                _ => (byte)next,
            });
        }
        return Encoding.UTF8.GetString([.. bytes]);
    }

    /// <summary>The full paths of the story folders below a corpus that hold an article the project file does not ignore.</summary>
    private static List<string> Stories(string corpus)
    {
        if (!Directory.Exists(corpus))
            return [];
        var projects = new Dictionary<string, (ProjectFile?, List<InputError>)>(StringComparer.Ordinal);
        return [.. FileCorpus.Find([corpus], [])
            .Where(story => Kept(story, projects))
            .Select(story => story.Folder)];
    }

    // A folder whose every article the project file ignores is no story to check; a project file with errors keeps
    // its stories, so that check reports the errors.
    private static bool Kept(StorySource story, Dictionary<string, (ProjectFile?, List<InputError>)> projects)
    {
        var (project, _) = ProjectFiles.Project(story.Folder, projects);
        if (project is null)
            return true;
        var home = Path.GetDirectoryName(Path.GetFullPath(project.Path))!;
        return story.Files.Any(f => !project.Ignores(Path.GetRelativePath(home, f.Full).Replace('\\', '/')));
    }

    private static bool Inside(string folder, string scope) =>
        folder == scope || folder.StartsWith(scope.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static List<string> Shown(string root, IEnumerable<string> folders)
    {
        var rootFull = Path.GetFullPath(root);
        return [.. folders.Distinct(StringComparer.Ordinal)
            .Select(f => FileCorpus.Join(FileCorpus.Display(root), Path.GetRelativePath(rootFull, f).Replace('\\', '/')))
            .Order(StringComparer.Ordinal)];
    }
}
