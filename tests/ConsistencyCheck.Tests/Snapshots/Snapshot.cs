using System.Runtime.CompilerServices;
using System.Text;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;
using Xunit.Sdk;

namespace ConsistencyCheck.Tests.Snapshots;

/// <summary>
/// Snapshot testing with Verify's conventions: <c>Name.verified.ext</c> is committed beside the test;
/// a mismatch writes <c>Name.received.ext</c> and fails with a unified diff. To accept the new output, run
/// the tests with ACCEPT=1 (or rename the received file over the verified one).
/// </summary>
public static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "md", [CallerFilePath] string testFile = "")
    {
        var folder = Path.GetDirectoryName(testFile)!;
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = actual.Replace("\r\n", "\n", StringComparison.Ordinal);

        if (Environment.GetEnvironmentVariable("ACCEPT") == "1")
        {
            File.WriteAllText(verified, actual, new UTF8Encoding(false));
            File.Delete(received);
            return;
        }
        var expected = File.Exists(verified) ? File.ReadAllText(verified).Replace("\r\n", "\n", StringComparison.Ordinal) : null;
        if (expected == actual)
        {
            File.Delete(received);
            return;
        }
        File.WriteAllText(received, actual, new UTF8Encoding(false));
        var why = expected is null ? $"no snapshot yet: {verified} does not exist" : $"the output differs from {Path.GetFileName(verified)}:\n{Diff(expected, actual)}";
        throw new XunitException($"Snapshot {name}: {why}\nReview {received}; to accept it run the tests with ACCEPT=1 (see README).");
    }

    /// <summary>A unified diff with three lines of context, so a failure reads like a pull-request diff.</summary>
    internal static string Diff(string expected, string actual)
    {
        var lines = InlineDiffBuilder.Diff(expected, actual, ignoreWhiteSpace: false).Lines;
        var keep = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].Type == ChangeType.Unchanged)
                continue;
            for (var k = Math.Max(0, i - 3); k <= Math.Min(lines.Count - 1, i + 3); k++)
                keep[k] = true;
        }
        var diff = new StringBuilder();
        for (var i = 0; i < lines.Count; i++)
        {
            if (!keep[i])
            {
                if (i > 0 && keep[i - 1])
                    diff.Append("@@\n");
                continue;
            }
            var prefix = lines[i].Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            diff.Append(prefix).Append(lines[i].Text).Append('\n');
        }
        return diff.ToString();
    }
}
