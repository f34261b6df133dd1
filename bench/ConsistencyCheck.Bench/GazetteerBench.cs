using System.Diagnostics;
using System.Globalization;
using ConsistencyCheck.Geography;

/// <summary>
/// `dotnet run -c Release --project bench/ConsistencyCheck.Bench -- gazetteer`: how long the embedded gazetteer takes to
/// load (once per process: run the mode again for another sample), and how many lookups a second it answers, with what
/// it allocates per lookup.
/// </summary>
internal static class GazetteerBench
{
    // Names as news text has them: capitals, exonyms, regions, demonyms, air bases, and words that are no place.
    private static readonly string[] Names =
    [
        "Vilnius", "Kiev", "Kyiv", "Wilno", "Bukarest", "Tiflis", "Lithuania", "Georgia", "Washington", "Ramstein Air Base",
        "Rhineland-Palatinate", "Bavaria", "Donetsk Oblast", "Crimea", "Australia", "Austria", "Slovenia", "Springfield",
        "São Paulo", "Łódź", "Reading", "mobile", "Nice", "UK", "The Hague", "Kraków", "Lemberg", "Tbilisi", "Nowhereville", "NATO",
    ];

    private static readonly string[] Demonyms = ["Lithuanian", "Swedes", "Dutch", "Georgian", "Bavarian", "Norwegians"];

    public static void Run()
    {
        var pauses = GC.GetTotalPauseDuration();
        var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var gazetteer = Gazetteer.Default;
        clock.Stop();
        process.Refresh();
        // CPU time as well as wall time: on a shared machine the wall clock also counts other processes' turns.
        var cpuMs = (process.TotalProcessorTime - cpu).TotalMilliseconds;
        var gcMs = (GC.GetTotalPauseDuration() - pauses).TotalMilliseconds;
        var loadAllocated = GC.GetAllocatedBytesForCurrentThread() - before;
        GC.Collect();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer load: {clock.Elapsed.TotalMilliseconds:F0} ms ({cpuMs:F0} ms CPU, all threads), {gazetteer.Places.Count:N0} places, {gazetteer.NameCount:N0} names, " +
            $"{loadAllocated / 1048576.0:F0} MB allocated, {GC.GetTotalMemory(true) / 1048576.0:F0} MB live after load"));

        // Reading again shows the cost without the one-time JIT compilation of the first load.
        cpu = process.TotalProcessorTime;
        clock.Restart();
        var again = GazetteerReader.Read();
        clock.Stop();
        process.Refresh();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer read again: {clock.Elapsed.TotalMilliseconds:F0} ms ({(process.TotalProcessorTime - cpu).TotalMilliseconds:F0} ms CPU), {again.Places.Count:N0} places"));

        Lookups(gazetteer);
        Lookups(gazetteer); // the second run is the steady state
    }

    private static void Lookups(Gazetteer gazetteer)
    {
        const int rounds = 100_000;
        var found = 0;
        var before = GC.GetAllocatedBytesForCurrentThread();
        var clock = Stopwatch.StartNew();
        for (var round = 0; round < rounds; round++)
        {
            foreach (var name in Names)
                found += gazetteer.Find(name).Length;
            foreach (var word in Demonyms)
                found += gazetteer.FindDemonym(word).Length;
        }
        clock.Stop();
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        var lookups = (double)rounds * (Names.Length + Demonyms.Length);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"gazetteer lookups: {lookups / clock.Elapsed.TotalSeconds / 1e6:F2} M/s ({clock.Elapsed.TotalMilliseconds * 1e6 / lookups:F0} ns each, " +
            $"{found / (double)rounds:F0} matches per round), {allocated / lookups:F2} bytes allocated per lookup"));
    }
}
