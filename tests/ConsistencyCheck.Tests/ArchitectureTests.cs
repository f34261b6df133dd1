using ConsistencyCheck.Corpus;
using System.Text.RegularExpressions;
using Xunit;

namespace ConsistencyCheck.Tests;

/// <summary>The engine takes text and returns models: no file system, no console, no clock, no culture-dependent formatting.</summary>
public sealed partial class ArchitectureTests
{
    [GeneratedRegex(@"\b(Console\.|File\.|Directory\.|FileStream|DateTime\.(Now|Today|UtcNow)|CultureInfo\.CurrentCulture|Environment\.)")]
    private static partial Regex Forbidden();

    public static TheoryData<string> EngineFiles()
    {
        var data = new TheoryData<string>();
        foreach (var file in Directory.GetFiles(Repository.Path("src", "ConsistencyCheck"), "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
            data.Add(Path.GetRelativePath(Repository.Root, file));
        return data;
    }

    [Theory]
    [MemberData(nameof(EngineFiles))]
    public void The_engine_does_no_io_and_reads_no_clock(string file)
    {
        var lines = File.ReadAllLines(Path.Combine(Repository.Root, file));
        for (var i = 0; i < lines.Length; i++)
        {
            var code = lines[i].TrimStart();
            if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith("///", StringComparison.Ordinal))
                continue;
            Assert.False(Forbidden().IsMatch(code), $"{file}:{i + 1}: {code}");
        }
    }

    [Fact]
    public void Reports_are_the_same_whatever_the_line_ends_of_the_articles()
    {
        var story = Repository.Path("corpus", "stoltenberg-ukraine-nato");
        var temp = Directory.CreateTempSubdirectory("cc-crlf-").FullName;
        try
        {
            var copy = Path.Combine(temp, "stoltenberg-ukraine-nato");
            Directory.CreateDirectory(copy);
            foreach (var file in Directory.GetFiles(story, "*.md").Where(f => StoryReader.IsArticleName(Path.GetFileName(f))))
            {
                var text = File.ReadAllText(file).Replace("\n", "\r\n", StringComparison.Ordinal);
                File.WriteAllText(Path.Combine(copy, Path.GetFileName(file)), "\uFEFF" + text);
            }
            Assert.Equal(Json(story), Json(copy));
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }
    }

    private static string Json(string story)
    {
        var stdout = new StringWriter();
        var code = ConsistencyCheck.Cli.Shell.Run(["check", story, "--rules", Repository.Path("rules"), "--format", "json", "--fail-on", "never"], stdout, TextWriter.Null, false);
        Assert.Equal(0, code);
        return stdout.ToString();
    }
}
