using System.Diagnostics;

namespace ConsistencyCheck.Tests.Html;

/// <summary>
/// Where Debian's Chromium is, installing it with apt-get when it is missing and the tests run as root (as CI does);
/// otherwise why it cannot be had, for the skip message. Looked up once per test run.
/// </summary>
internal static class ChromiumInstall
{
    private const string Executable = "/usr/bin/chromium";

    private static readonly Lazy<(string? Path, string Why)> Found = new(Find, LazyThreadSafetyMode.ExecutionAndPublication);

    public static (string? Path, string Why) Browser => Found.Value;

    private static (string? Path, string Why) Find()
    {
        if (Environment.GetEnvironmentVariable("CONSISTENCYCHECK_CHROMIUM") is { Length: > 0 } chosen)
            return File.Exists(chosen) ? (chosen, "") : (null, $"CONSISTENCYCHECK_CHROMIUM names {chosen}, which does not exist");
        if (File.Exists(Executable))
            return (Executable, "");
        if (!OperatingSystem.IsLinux() || !File.Exists("/usr/bin/apt-get"))
            return (null, $"{Executable} is missing and there is no apt-get to install it: install Chromium and set CONSISTENCYCHECK_CHROMIUM to it");
        if (Environment.UserName != "root")
            return (null, $"{Executable} is missing and the tests do not run as root to install it: run 'sudo apt-get install -y chromium'");
        var log = new List<string>();
        // The package lists of a new machine may be empty or old: the install is tried again after an update
        var installed = AptGet(["install", "-y", "-q", "chromium"], log) || (AptGet(["update", "-q"], log) && AptGet(["install", "-y", "-q", "chromium"], log));
        return installed && File.Exists(Executable)
            ? (Executable, "")
            : (null, $"{Executable} is missing and 'apt-get install -y chromium' failed:\n{string.Join("\n", log.TakeLast(15))}");
    }

    private static bool AptGet(string[] arguments, List<string> log)
    {
        var start = new ProcessStartInfo("/usr/bin/apt-get")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-o");
        start.ArgumentList.Add("DPkg::Lock::Timeout=300");
        foreach (var argument in arguments)
            start.ArgumentList.Add(argument);
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        process.OutputDataReceived += (_, e) => Keep(log, e.Data);
        process.ErrorDataReceived += (_, e) => Keep(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(TimeSpan.FromMinutes(15)))
        {
            process.Kill(entireProcessTree: true);
            Keep(log, $"apt-get {string.Join(' ', arguments)} did not finish within 15 minutes");
            return false;
        }
        process.WaitForExit();
        return process.ExitCode == 0;
    }

    private static void Keep(List<string> log, string? line)
    {
        if (line is null)
            return;
        lock (log)
            log.Add(line);
    }
}
