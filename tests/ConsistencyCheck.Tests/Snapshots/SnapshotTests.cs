using Xunit;
using Xunit.Sdk;

namespace ConsistencyCheck.Tests.Snapshots;

public sealed class SnapshotTests
{
    [Fact]
    public void Diff_shows_removed_and_added_lines_with_context()
    {
        var diff = Snapshot.Diff("a\nb\nc\nd\n", "a\nb\nX\nd\n");
        Assert.Contains("- c", diff, StringComparison.Ordinal);
        Assert.Contains("+ X", diff, StringComparison.Ordinal);
        Assert.Contains("  b", diff, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mismatch_writes_the_received_file_and_fails()
    {
        if (Environment.GetEnvironmentVariable("ACCEPT") == "1")
            return; // accepting rewrites snapshots, so there is no mismatch to see
        var folder = Path.GetDirectoryName(ThisFile())!;
        var received = Path.Combine(folder, "Probe.received.md");
        var error = Assert.Throws<XunitException>(() => Snapshot.Verify("something new\n", "Probe"));
        Assert.Contains("ACCEPT=1", error.Message, StringComparison.Ordinal);
        Assert.True(File.Exists(received));
        File.Delete(received);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;
}
