using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Cli;

/// <summary>
/// Reads one article file within limits, so that no input stalls the run: a special file is refused before it is
/// opened, a file over the size limit is refused after reading one byte past it, and a line over the length limit is
/// refused at the column where it passes the limit.
/// </summary>
internal sealed record ArticleLimits(long MaxBytes, int MaxLineLength)
{
    public const int DefaultMaxKilobytes = 5 * 1024;
    public const int DefaultMaxLineLength = 200_000;

    public static ArticleLimits Default { get; } = new(DefaultMaxKilobytes * 1024L, DefaultMaxLineLength);

    public SourceFile? Read(string full, string shown, List<InputError> errors)
    {
        switch (DiskEntry.Of(full))
        {
            case DiskEntryKind.Special:
                errors.Add(new InputError(shown, 1, 1, "not a regular file (a FIFO, a device or a socket): remove it from the story folder or rename it so it does not end in .md"));
                return null;
            case DiskEntryKind.BrokenLink:
                errors.Add(new InputError(shown, 1, 1, "a link that points to nothing, or back to itself: fix or remove the link"));
                return null;
            case DiskEntryKind.Missing:
                errors.Add(new InputError(shown, 1, 1, "the file went away while the story was read: run the check again"));
                return null;
            case DiskEntryKind.Folder:
                errors.Add(new InputError(shown, 1, 1, "a folder named like an article: rename it so it does not end in .md"));
                return null;
        }
        byte[] content;
        try
        {
            using var stream = File.OpenRead(full);
            // Read one byte past the limit at most, so that a file that says it is small but keeps giving never stalls
            var buffer = new byte[(int)Math.Min(MaxBytes + 1, Math.Max(stream.Length + 1, 4096))];
            var read = 0;
            while (true)
            {
                if (read == buffer.Length)
                {
                    if (buffer.Length > MaxBytes)
                        break;
                    Array.Resize(ref buffer, (int)Math.Min(MaxBytes + 1, (long)buffer.Length * 2));
                }
                var n = stream.Read(buffer, read, buffer.Length - read);
                if (n == 0)
                    break;
                read += n;
            }
            if (read > MaxBytes)
            {
                errors.Add(new InputError(shown, 1, 1,
                    $"the article is larger than {MaxBytes / 1024:N0} KB, the limit: split it, or raise the limit with --max-article-kb"));
                return null;
            }
            content = buffer[..read];
        }
        catch (UnauthorizedAccessException)
        {
            errors.Add(new InputError(shown, 1, 1, "cannot be read: permission denied (give the user running the check read access)"));
            return null;
        }
        catch (IOException e)
        {
            errors.Add(new InputError(shown, 1, 1, $"cannot be read: {e.Message}"));
            return null;
        }
        return LongLine(content) is { } line
            ? Refuse(shown, line, errors)
            : new SourceFile(shown, content);
    }

    private SourceFile? Refuse(string shown, int line, List<InputError> errors)
    {
        errors.Add(new InputError(shown, line, MaxLineLength + 1,
            $"line {line} is longer than {MaxLineLength:N0} characters, the limit: break it into paragraphs, or raise the limit with --max-line-length"));
        return null;
    }

    /// <summary>The first line longer than the limit (counting UTF-8 lead bytes as characters), if any.</summary>
    private int? LongLine(byte[] content)
    {
        var line = 1;
        var length = 0;
        foreach (var b in content)
        {
            if (b is (byte)'\n' or (byte)'\r')
            {
                line += b == '\n' ? 1 : 0;
                length = 0;
                continue;
            }
            if ((b & 0xC0) != 0x80 && ++length > MaxLineLength)
                return line;
        }
        return null;
    }
}
