using System.Runtime.InteropServices;

namespace ConsistencyCheck.Cli;

/// <summary>What a path is on disk, without opening it: opening a FIFO blocks until a writer comes, and a device never ends.</summary>
internal enum DiskEntryKind
{
    Missing,
    RegularFile,
    Folder,
    /// <summary>A FIFO, a device or a socket: nothing to read as an article or to write a report over.</summary>
    Special,
    /// <summary>A link that points to nothing, or to itself through other links.</summary>
    BrokenLink,
}

internal static partial class DiskEntry
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int ModeTypeMask = 0xF000;
    private const int ModeRegular = 0x8000;
    private const int ModeFolder = 0x4000;
    private const int Enoent = 2;

    /// <summary>The kind of entry a path names, following links.</summary>
    public static DiskEntryKind Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var mode = Mode(path, follow: true, out var error);
            if (mode is { } m)
                return (m & ModeTypeMask) switch { ModeRegular => DiskEntryKind.RegularFile, ModeFolder => DiskEntryKind.Folder, _ => DiskEntryKind.Special };
            return error == Enoent && Mode(path, follow: false, out _) is null ? DiskEntryKind.Missing : DiskEntryKind.BrokenLink;
        }
        // Elsewhere the runtime tells folders, files and links apart, though not a FIFO from a file.
        var info = new FileInfo(path);
        if (info.LinkTarget is not null && info.ResolveLinkTarget(returnFinalTarget: true) is not { Exists: true } and not DirectoryInfo { Exists: true })
            return DiskEntryKind.BrokenLink;
        return Directory.Exists(path) ? DiskEntryKind.Folder : File.Exists(path) ? DiskEntryKind.RegularFile : DiskEntryKind.Missing;
    }

    /// <summary>Whether the path itself is a link (not what it points to).</summary>
    public static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static unsafe int? Mode(string path, bool follow, out int error)
    {
        // struct statx is laid out alike on every Linux architecture: stx_mode is the 16 bits at offset 28.
        var buffer = stackalloc byte[256];
        var result = Statx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, StatxType, buffer);
        error = result == 0 ? 0 : Marshal.GetLastPInvokeError();
        return result == 0 ? *(ushort*)(buffer + 28) : null;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);
}
