using System.Diagnostics;
using System.Globalization;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using SharpFuzz;
using Trace = SharpFuzz.Common.Trace;

namespace ConsistencyCheck.Fuzzing;

/// <summary>
/// A coverage-guided fuzzer for the harnesses: SharpFuzz instruments the engine's assembly so that every branch it
/// takes marks a map, and an input that reaches a new branch (or a branch a new number of times) is kept and mutated
/// further. It needs no AFL or libFuzzer binary: the map is read here, between runs.
/// <code>dotnet run -c Release --project tests/ConsistencyCheck.Fuzz -- [articles|rules|engine|all] [--seconds N] [--inputs N]</code>
/// </summary>
internal static class Program
{
    private const int MapSize = 1 << 16;

    private static int Main(string[] args)
    {
        var options = Settings.Parse(args);
        if (options is null)
        {
            Console.Error.WriteLine("usage: ConsistencyCheck.Fuzz [articles|rules|engine|all] [--seconds N] [--inputs N] [--repository DIR]");
            return 2;
        }
        // The engine's assembly is instrumented in place before anything loads it
        var engine = Path.Combine(AppContext.BaseDirectory, "ConsistencyCheck.dll");
        if (!Instrumented(engine))
            _ = Fuzzer.Instrument(engine, _ => true, global::SharpFuzz.Options.Value).ToList();
        return Run(options);
    }

    private static bool Instrumented(string assembly)
    {
        using var stream = File.OpenRead(assembly);
        using var pe = new PEReader(stream);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences.Any(r => metadata.GetString(metadata.GetAssemblyReference(r).Name) == "SharpFuzz.Common");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int Run(Settings options)
    {
        var map = (byte*)NativeMemory.AllocZeroed(MapSize);
        Trace.SharedMem = map;
        try
        {
            var failed = false;
            foreach (var harness in Harness.All(options.Repository).Where(h => options.Harnesses.Contains(h.Name)))
                failed |= !Fuzz(harness, options, map);
            return failed ? 1 : 0;
        }
        finally
        {
            Trace.SharedMem = null;
            NativeMemory.Free(map);
        }
    }

    private static unsafe bool Fuzz(Harness harness, Settings options, byte* map)
    {
        var virgin = new byte[MapSize];
        var queue = new List<string>();
        var mutator = new Mutator(harness.Seed);
        var random = new Random(harness.Seed);
        var clock = Stopwatch.StartNew();
        var (inputs, slowest) = (0, TimeSpan.Zero);
        while (inputs < options.Inputs && (inputs < harness.Seeds.Count || clock.Elapsed.TotalSeconds < options.Seconds))
        {
            // The seeds first, unchanged, so that the queue starts from what good input reaches
            var input = inputs < harness.Seeds.Count ? Cut(harness.Seeds[inputs], harness.MaxLength)
                : Cut(mutator.Mutate(queue.Count > 0 ? queue[random.Next(queue.Count)] : harness.Seeds[random.Next(harness.Seeds.Count)]), harness.MaxLength);
            NativeMemory.Clear(map, MapSize);
            Trace.PrevLocation = 0;
            var started = clock.Elapsed;
            try
            {
                harness.Run(input);
            }
            catch (Exception e)
            {
                var file = Path.Combine(Path.GetTempPath(), $"cc-fuzz-{harness.Name}-{inputs}.txt");
                File.WriteAllText(file, input);
                Console.WriteLine($"{harness.Name}: input {inputs} (saved to {file}): {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                return false;
            }
            var took = clock.Elapsed - started;
            if (took > slowest)
                slowest = took;
            inputs++;
            if (NewCoverage(map, virgin))
                queue.Add(input);
        }
        var edges = virgin.Count(b => b != 0);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{harness.Name}: {inputs:N0} inputs in {clock.Elapsed.TotalSeconds:F0} s, {edges:N0} branches reached, {queue.Count:N0} inputs kept, slowest {slowest.TotalMilliseconds:F0} ms, no unhandled exception"));
        return true;
    }

    private static string Cut(string text, int maxLength) => text.Length > maxLength ? text[..maxLength] : text;

    /// <summary>Whether the run reached a branch, or a branch a number of times (in AFL's powers of two), never seen before.</summary>
    private static unsafe bool NewCoverage(byte* map, byte[] virgin)
    {
        var fresh = false;
        for (var i = 0; i < MapSize; i++)
        {
            var hits = map[i];
            if (hits == 0)
                continue;
            var bucket = (byte)(hits switch { 1 => 1, 2 => 2, 3 => 4, < 8 => 8, < 16 => 16, < 32 => 32, < 128 => 64, _ => 128 });
            if ((virgin[i] & bucket) == 0)
            {
                virgin[i] |= bucket;
                fresh = true;
            }
        }
        return fresh;
    }

    private sealed record Settings(IReadOnlySet<string> Harnesses, double Seconds, int Inputs, string Repository)
    {
        public static Settings? Parse(string[] args)
        {
            var harnesses = new HashSet<string>(StringComparer.Ordinal);
            var (seconds, inputs, repository) = (60.0, int.MaxValue, FindRepository());
            for (var i = 0; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--seconds" when i + 1 < args.Length && double.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var s) && s > 0:
                        seconds = s;
                        break;
                    case "--inputs" when i + 1 < args.Length && int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0:
                        inputs = n;
                        break;
                    case "--repository" when i + 1 < args.Length:
                        repository = args[++i];
                        break;
                    case "all":
                        harnesses.UnionWith(["articles", "rules", "engine"]);
                        break;
                    case "articles" or "rules" or "engine":
                        harnesses.Add(args[i]);
                        break;
                    default:
                        return null;
                }
            }
            if (harnesses.Count == 0)
                harnesses.UnionWith(["articles", "rules", "engine"]);
            return repository is null ? null : new Settings(harnesses, seconds, inputs, repository);
        }

        private static string? FindRepository()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ConsistencyCheck.sln")))
                    return dir.FullName;
            }
            return null;
        }
    }
}
