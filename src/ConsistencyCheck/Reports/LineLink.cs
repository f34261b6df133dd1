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
        // A Markdown file's line anchor works only on its source view, which GitHub shows with ?plain=1.
        var template = text.Contains("{path}", StringComparison.Ordinal) ? text : $"{text.TrimEnd('/')}/{{path}}?plain=1#L{{line}}";
        return new LineLink(template);
    }

    /// <summary>The address of a line of a file, each segment of its path percent-encoded.</summary>
    public string To(string path, int line) =>
        Template
            .Replace("{path}", string.Join('/', path.Split('/').Select(Uri.EscapeDataString)), StringComparison.Ordinal)
            .Replace("{line}", line.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
}
