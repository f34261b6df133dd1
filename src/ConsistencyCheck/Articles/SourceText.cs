using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ConsistencyCheck.Corpus;

namespace ConsistencyCheck.Articles;

/// <summary>Turns a file's bytes into text with LF line ends, so that offsets, lines and columns agree on every OS.</summary>
public static class SourceText
{
    public static string? Decode(string path, ReadOnlySpan<byte> bytes, List<InputError> errors)
    {
        // A BOM is invisible in editors: skipping it keeps line 1's columns as the user sees them.
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            bytes = bytes[3..];

        var chars = new char[bytes.Length];
        var status = Utf8.ToUtf16(bytes, chars, out var read, out var written, replaceInvalidSequences: false);
        if (status != OperationStatus.Done)
        {
            var prefix = NormalizeLineEnds(new string(chars, 0, written));
            var map = new LineMap(prefix);
            var (line, column) = map.Locate(prefix.Length);
            errors.Add(new InputError(path, line, column,
                $"the file is not valid UTF-8 (byte {read} is 0x{bytes[read]:X2}): save it as UTF-8"));
            return null;
        }
        return NormalizeLineEnds(new string(chars, 0, written));
    }

    internal static string NormalizeLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;

    internal static string Decode(string text) => NormalizeLineEnds(text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text);

}
