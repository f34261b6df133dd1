using System.Runtime.InteropServices;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Writes a report to a file atomically: a temporary file beside it, then a rename, so no half-written report is left.
/// The target is checked before any work is done: a report never replaces an article, never lands where the next run
/// would read it as one, and never turns a link, a folder or a device into a plain file.
/// </summary>
internal static class ReportFile
{
    public static InputError? Refuse(string path, IReadOnlyList<StorySource> stories)
    {
        var shown = FileCorpus.Display(path);
        if (string.IsNullOrWhiteSpace(path))
            return new InputError("--output", 1, 1, "needs a file name: give --output a path such as report.json, or leave it out to print the report");
        var full = Path.GetFullPath(path);
        var kind = DiskEntry.Of(full);
        string? problem = kind switch
        {
            DiskEntryKind.Folder => "is a folder: give --output a file name inside it",
            DiskEntryKind.Special => "is not a regular file (a FIFO, a device or a socket): give --output a plain file, or leave it out to print the report",
            DiskEntryKind.BrokenLink => "is a link that points to nothing: give --output the file itself",
            _ when kind == DiskEntryKind.RegularFile && DiskEntry.IsLink(full) => "is a link: the report would replace it with a plain file; give --output the file it points to",
            _ when !Directory.Exists(Path.GetDirectoryName(full)) => $"its folder {FileCorpus.Display(Path.GetDirectoryName(path) ?? ".")} does not exist: create it first",
            _ when stories.Any(s => s.Files.Any(f => SamePath(f.Full, full))) => "is an article being checked: the report would overwrite it; write the report elsewhere",
            _ when stories.Any(s => s.IsFolder && Inside(full, s.Folder)) => "lies inside a story folder, where the next run would read it as an article: write the report outside the story folders",
            _ => null,
        };
        return problem is null ? null : new InputError(shown, 1, 1, problem);
    }

    public static void Write(string path, string content)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.tmp");
        // A run stopped by Ctrl-C or a kill must not leave its temporary file behind.
        void Remove(PosixSignalContext _) => File.Delete(temp);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Remove);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Remove);
        try
        {
            File.WriteAllText(temp, content, new System.Text.UTF8Encoding(false));
            if (!OperatingSystem.IsWindows() && File.Exists(full))
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
                File.Delete(temp);
        }
    }

    private static bool SamePath(string a, string b) => string.Equals(a, b, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);

    private static bool Inside(string file, string folder) =>
        file.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
