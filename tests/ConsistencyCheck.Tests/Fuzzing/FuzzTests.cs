using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using ConsistencyCheck.Fuzzing;
using Xunit;

namespace ConsistencyCheck.Tests.Fuzzing;

/// <summary>
/// Mutation fuzzing of the readers and the recognisers: every odd input must end in a result or in located input
/// errors, never in an exception. The suite runs a fixed number of seeded inputs per harness (FUZZ_INPUTS=100000 runs
/// more), and starts the coverage-guided fuzzer for a few seconds; docs/fuzzing.md records longer runs.
/// </summary>
public sealed class FuzzTests
{
    private static int Inputs => int.TryParse(Environment.GetEnvironmentVariable("FUZZ_INPUTS"), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 300;

    private static readonly Lazy<IReadOnlyList<Harness>> Harnesses = new(() => Harness.All(Repository.Root));

    [Theory]
    [InlineData("articles")]
    [InlineData("rules")]
    [InlineData("engine")]
    public void A_harness_never_throws_on_seeded_mutations(string name)
    {
        var harness = Harnesses.Value.Single(h => h.Name == name);
        var mutator = new Mutator(harness.Seed);
        for (var i = 0; i < Inputs; i++)
        {
            var seed = harness.Seeds[i % harness.Seeds.Count];
            var input = mutator.Mutate(seed.Length > harness.MaxLength ? seed[..harness.MaxLength] : seed);
            try
            {
                harness.Run(input);
            }
            catch (Exception e)
            {
                var file = Path.Combine(Path.GetTempPath(), $"cc-fuzz-{harness.Name}-{i}.txt");
                File.WriteAllText(file, input);
                Assert.Fail($"{harness.Name}, input {i} (saved to {file}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
            }
        }
    }

    [Fact]
    public async Task The_coverage_guided_fuzzer_runs_for_a_bounded_time_and_reaches_branches()
    {
        var fuzzer = typeof(FuzzTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "Fuzzer").Value!;
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { fuzzer, "all", "--seconds", "2", "--repository", Repository.Root })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var printed = await output;
        Assert.True(process.ExitCode == 0, printed + error);
        var lines = printed.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["articles", "rules", "engine"], lines.Select(l => l.Split(':')[0]));
        // Branches reached shows the engine was instrumented: an uninstrumented run would reach none
        foreach (var line in lines)
        {
            var reached = line.Split(", ").Single(p => p.EndsWith("branches reached", StringComparison.Ordinal)).Split(' ')[0];
            Assert.True(int.Parse(reached, NumberStyles.AllowThousands, CultureInfo.InvariantCulture) > 100, line);
        }
    }
}
