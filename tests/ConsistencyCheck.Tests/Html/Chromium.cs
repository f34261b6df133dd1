using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace ConsistencyCheck.Tests.Html;

/// <summary>
/// A headless Chromium driven over its DevTools protocol: one page, the events it raised (console messages, requests,
/// failures) and calls with time limits that say what did not answer. Disposing ends the browser, whatever happened.
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    private static readonly TimeSpan Answer = TimeSpan.FromSeconds(20);

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly CancellationTokenSource _closing = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly List<(string Method, JsonElement Params)> _events = [];
    private readonly SemaphoreSlim _arrived = new(0);
    private readonly List<string> _stderr = [];
    private Task? _reading;
    private string? _session;
    private int _nextId;

    private Chromium(Process process, string profile)
    {
        _process = process;
        _profile = profile;
    }

    /// <summary>Events of the page so far, in the order they came.</summary>
    public IReadOnlyList<(string Method, JsonElement Params)> Events
    {
        get
        {
            lock (_events)
                return [.. _events];
        }
    }

    public static async Task<Chromium> Start(string executable)
    {
        var profile = Directory.CreateTempSubdirectory("consistencycheck-chromium-").FullName;
        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var argument in (string[])["--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--remote-debugging-port=0",
            $"--user-data-dir={profile}", "--no-first-run", "--no-default-browser-check", "--disable-extensions", "--disable-sync",
            "--disable-background-networking", "--disable-component-update", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
            "about:blank"])
        {
            start.ArgumentList.Add(argument);
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException($"{executable} did not start");
        var browser = new Chromium(process, profile);
        try
        {
            await browser.Connect();
            return browser;
        }
        catch
        {
            await browser.DisposeAsync();
            throw;
        }
    }

    private async Task Connect()
    {
        var endpoint = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                endpoint.TrySetException(new InvalidOperationException($"Chromium closed its error output before it listened:\n{Stderr()}"));
                return;
            }
            lock (_stderr)
            {
                if (_stderr.Count < 200)
                    _stderr.Add(e.Data);
            }
            const string Listening = "DevTools listening on ";
            if (e.Data.StartsWith(Listening, StringComparison.Ordinal))
                endpoint.TrySetResult(e.Data[Listening.Length..].Trim());
        };
        _process.OutputDataReceived += (_, _) => { };
        _process.BeginErrorReadLine();
        _process.BeginOutputReadLine();
        var url = await Within(endpoint.Task, "Chromium to open its DevTools port");
        await Within(_socket.ConnectAsync(new Uri(url), _closing.Token), "the DevTools connection");
        _reading = Task.Run(Read);

        var target = await Call("Target.createTarget", new JsonObject { ["url"] = "about:blank" }, browserLevel: true);
        var attached = await Call("Target.attachToTarget", new JsonObject { ["targetId"] = target.GetProperty("targetId").GetString(), ["flatten"] = true }, browserLevel: true);
        _session = attached.GetProperty("sessionId").GetString();
        foreach (var domain in (string[])["Page", "Runtime", "Log", "Network"])
            await Call($"{domain}.enable");
        await Call("Emulation.setDeviceMetricsOverride", new JsonObject { ["width"] = 1280, ["height"] = 900, ["deviceScaleFactor"] = 1, ["mobile"] = false });
    }

    public async Task Open(string url)
    {
        await Call("Page.navigate", new JsonObject { ["url"] = url });
        await WaitFor("Page.loadEventFired", $"{url} to load");
    }

    /// <summary>Runs a script in the page and returns its value; a promise is awaited, up to <paramref name="limit"/> (20 s).</summary>
    public async Task<JsonElement> Evaluate(string expression, string what, TimeSpan? limit = null)
    {
        var result = await Call("Runtime.evaluate", new JsonObject { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true }, what: what, limit: limit);
        if (result.TryGetProperty("exceptionDetails", out var failure))
            throw new InvalidOperationException($"{what} threw in the page: {failure}");
        return result.GetProperty("result").TryGetProperty("value", out var value) ? value.Clone() : default;
    }

    public async Task<byte[]> Screenshot()
    {
        var shot = await Call("Page.captureScreenshot", new JsonObject { ["format"] = "png" });
        return Convert.FromBase64String(shot.GetProperty("data").GetString()!);
    }

    public async Task PressTab()
    {
        foreach (var type in (string[])["keyDown", "keyUp"])
        {
            await Call("Input.dispatchKeyEvent", new JsonObject
            {
                ["type"] = type, ["key"] = "Tab", ["code"] = "Tab", ["windowsVirtualKeyCode"] = 9, ["nativeVirtualKeyCode"] = 9,
            });
        }
    }

    private async Task<JsonElement> Call(string method, JsonObject? parameters = null, bool browserLevel = false, string? what = null, TimeSpan? limit = null)
    {
        var id = Interlocked.Increment(ref _nextId);
        var answer = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = answer;
        var message = new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters ?? [] };
        if (!browserLevel)
            message["sessionId"] = _session;
        await _socket.SendAsync(Encoding.UTF8.GetBytes(message.ToJsonString()), WebSocketMessageType.Text, true, _closing.Token);
        return await Within(answer.Task, what ?? $"Chromium to answer {method}", limit);
    }

    /// <summary>Waits until the page has raised an event of this kind (at once if it already has).</summary>
    public async Task WaitFor(string method, string what)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(_closing.Token);
        limit.CancelAfter(Answer);
        while (true)
        {
            lock (_events)
            {
                if (_events.Any(e => e.Method == method))
                    return;
            }
            try
            {
                await _arrived.WaitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Waited {Answer.TotalSeconds:0} s for {what}; Chromium said:\n{Stderr()}");
            }
        }
    }

    private async Task Read()
    {
        var buffer = new byte[1 << 16];
        using var message = new MemoryStream();
        try
        {
            while (_socket.State == WebSocketState.Open)
            {
                var part = await _socket.ReceiveAsync(buffer, _closing.Token);
                if (part.MessageType == WebSocketMessageType.Close)
                    break;
                message.Write(buffer, 0, part.Count);
                if (!part.EndOfMessage)
                    continue;
                Dispatch(JsonDocument.Parse(message.ToArray()).RootElement.Clone());
                message.SetLength(0);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // The browser went away or is being closed: whoever waits is told below
        }
        foreach (var answer in _pending.Values)
            answer.TrySetException(new InvalidOperationException($"The DevTools connection closed; Chromium said:\n{Stderr()}"));
    }

    private void Dispatch(JsonElement message)
    {
        if (message.TryGetProperty("id", out var id))
        {
            if (!_pending.TryRemove(id.GetInt32(), out var answer))
                return;
            if (message.TryGetProperty("error", out var error))
                answer.TrySetException(new InvalidOperationException($"Chromium refused a call: {error}"));
            else
                answer.TrySetResult(message.GetProperty("result"));
            return;
        }
        var method = message.GetProperty("method").GetString()!;
        var parameters = message.TryGetProperty("params", out var p) ? p : default;
        lock (_events)
            _events.Add((method, parameters));
        _arrived.Release();
    }

    private async Task<T> Within<T>(Task<T> task, string what, TimeSpan? limit = null)
    {
        var wait = limit ?? Answer;
        var done = await Task.WhenAny(task, Task.Delay(wait, _closing.Token));
        if (done != task)
            throw new TimeoutException($"Waited {wait.TotalSeconds:0} s for {what}; Chromium said:\n{Stderr()}");
        return await task;
    }

    private async Task Within(Task task, string what) => await Within(task.ContinueWith(t => { t.GetAwaiter().GetResult(); return true; }, TaskScheduler.Default), what);

    private string Stderr()
    {
        lock (_stderr)
            return string.Join("\n", _stderr.TakeLast(20));
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                var id = Interlocked.Increment(ref _nextId);
                var close = new JsonObject { ["id"] = id, ["method"] = "Browser.close" };
                using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                await _socket.SendAsync(Encoding.UTF8.GetBytes(close.ToJsonString()), WebSocketMessageType.Text, true, limit.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The kill below ends it anyway
        }
        try
        {
            if (!_process.WaitForExit(TimeSpan.FromSeconds(3)))
                _process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It exited between the wait and the kill
        }
        _process.WaitForExit(TimeSpan.FromSeconds(5));
        await _closing.CancelAsync();
        if (_reading is not null)
            await Task.WhenAny(_reading, Task.Delay(TimeSpan.FromSeconds(2)));
        _socket.Dispose();
        _process.Dispose();
        _closing.Dispose();
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // A crash report being written as the browser died; the temporary folder is the system's to clean
        }
    }
}
