namespace ConsistencyCheck.Reports;

/// <summary>
/// Where a report links a claim's line: a base address the file's path and line are added to
/// (<c>https://github.com/ORG/REPO/blob/SHA</c> gives <c>…/blob/SHA/corpus/story/a.md?plain=1#L12</c>), or a template
/// that places them itself with <c>{path}</c> and <c>{line}</c>.
/// </summary>
public sealed record LineLink
{
    private LineLink(string template) => Template = template;

    public string Template { get; }

    /// <summary>The repository's folder and the folder the run's relative paths start from, both absolute; null for the repository itself.</summary>
    private (string Repository, string WorkingFolder)? Folders { get; init; }

    /// <summary>The link, or null with the reason when the text is not an absolute http(s) address.</summary>
    public static LineLink? Parse(string text, out string? error)
    {
        error = null;
        if (!Uri.TryCreate(text.Replace("{path}", "p", StringComparison.Ordinal).Replace("{line}", "1", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            error = "give an absolute http or https address, such as https://github.com/ORG/REPO/blob/COMMIT";
            return null;
        }
        if (text.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or '"'))
        {
            error = "an address holds no spaces, quotes or angle brackets: percent-encode them";
            return null;
        }
        if (text.Contains("{line}", StringComparison.Ordinal) && !text.Contains("{path}", StringComparison.Ordinal))
        {
            error = "a template with {line} needs {path} too, e.g. https://code.example/r/-/blob/main/{path}#L{line}";
            return null;
        }
        // A Markdown file's line anchor works only on its source view, which GitHub shows with ?plain=1.
        var template = text.Contains("{path}", StringComparison.Ordinal) ? text : $"{text.TrimEnd('/')}/{{path}}?plain=1#L{{line}}";
        return new LineLink(template);
    }

    /// <summary>
    /// The same link for paths given from <paramref name="workingFolder"/> (or absolute) in the repository at
    /// <paramref name="repository"/>: a run from a subfolder, or on absolute paths, still links to the repository's files.
    /// </summary>
    public LineLink Within(string repository, string workingFolder) => this with { Folders = (repository, workingFolder) };

    /// <summary>The address of a line of a file, each segment of its path percent-encoded; null for a file outside the repository.</summary>
    public string? To(string path, int line)
    {
        var inRepository = path;
        if (Folders is var (repository, working))
        {
            inRepository = System.IO.Path.GetRelativePath(repository, System.IO.Path.Combine(working, path)).Replace('\\', '/');
            if (inRepository == ".." || inRepository.StartsWith("../", StringComparison.Ordinal) || System.IO.Path.IsPathRooted(inRepository))
                return null;
        }
        else if (System.IO.Path.IsPathRooted(path))
            return null;
        return Template
            .Replace("{path}", string.Join('/', inRepository.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            .Replace("{line}", line.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
