using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace AnalysisKit.Notebooks;

/// <summary>
/// One <c>dotnet-interactive stdio</c> process, started the way VS Code starts it, from the folder
/// holding the tool manifest and with the notebook's folder as the kernel's working directory.
/// Commands go to its stdin one JSON line each; its stdout lines that are JSON objects are its
/// events. Disposing kills the whole process tree.
/// </summary>
internal sealed class KernelProcess : IDisposable
{
    private const int StderrLinesKept = 40;

    private readonly Process _process;
    private readonly BlockingCollection<KernelEvent?> _events = new();
    private readonly ConcurrentQueue<string> _stderr = new();

    private KernelProcess(Process process)
    {
        _process = process;
        var reader = new Thread(ReadEvents) { IsBackground = true, Name = "kernel stdout" };
        reader.Start();
        _process.ErrorDataReceived += (_, e) => KeepStderr(e.Data);
        _process.BeginErrorReadLine();
    }

    /// <summary>
    /// Starts the kernel for a notebook in <paramref name="notebookFolder"/> and waits for <c>KernelReady</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The kernel exited or did not get ready in time.</exception>
    public static KernelProcess Start(KernelToolManifest manifest, string notebookFolder, TimeSpan readyTimeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = manifest.Root,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in new[] { "tool", "run", "dotnet-interactive", "--", "stdio", "--working-dir", notebookFolder })
            start.ArgumentList.Add(argument);
        start.Environment["DOTNET_INTERACTIVE_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";

        var kernel = new KernelProcess(Process.Start(start)
            ?? throw new InvalidOperationException("The .NET Interactive kernel process could not be started."));
        try
        {
            var deadline = Stopwatch.StartNew();
            while (true)
            {
                var next = kernel.NextEvent(readyTimeout - deadline.Elapsed);
                if (next.Event?.EventType == "KernelReady") return kernel;
                if (next.Ended || next.TimedOut)
                {
                    throw new InvalidOperationException(
                        $"The .NET Interactive kernel {manifest.Version} did not start ({kernel.Describe(next, readyTimeout)}). "
                        + $"If the tool is missing, run 'dotnet tool restore' in {manifest.Root}.");
                }
            }
        }
        catch
        {
            kernel.Dispose();
            throw;
        }
    }

    /// <summary>Sends <c>SubmitCode</c> for <paramref name="code"/> to <paramref name="kernelName"/> under <paramref name="token"/>.</summary>
    public void SubmitCode(string code, string kernelName, string token)
    {
        var command = new JsonObject
        {
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = kernelName },
            ["token"] = token,
        };
        _process.StandardInput.WriteLine(command.ToJsonString());
        _process.StandardInput.Flush();
    }

    /// <summary>The next event, or why there is none: the kernel's stdout ended, or <paramref name="timeout"/> passed.</summary>
    public KernelRead NextEvent(TimeSpan timeout)
    {
        if (timeout <= TimeSpan.Zero) return new KernelRead(null, Ended: false, TimedOut: true);
        if (!_events.TryTake(out var next, timeout)) return new KernelRead(null, Ended: false, TimedOut: true);
        return next is null ? new KernelRead(null, Ended: true, TimedOut: false) : new KernelRead(next, false, false);
    }

    /// <summary>Why a read found no event, with the kernel's last stderr lines.</summary>
    public string Describe(KernelRead read, TimeSpan timeout)
    {
        var reason = read.TimedOut
            ? $"no answer within {timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)} s; the kernel was stopped"
            : $"the kernel exited{(_process.WaitForExit(5000) ? $" with code {_process.ExitCode}" : "")}";
        var stderr = string.Join("\n", _stderr).Trim();
        return stderr.Length == 0 ? reason : $"{reason}; its standard error ended with:\n{stderr}";
    }

    /// <summary>Kills the kernel and every process it started.</summary>
    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // The process had already exited.
        }
        _process.Dispose();
    }

    private void ReadEvents()
    {
        try
        {
            while (_process.StandardOutput.ReadLine() is { } line)
            {
                var parsed = KernelEvent.TryParse(line);
                if (parsed is not null) _events.Add(parsed);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException)
        {
            // The process was killed while its stdout was read; the end is reported below.
        }
        _events.Add(null);
    }

    private void KeepStderr(string? line)
    {
        if (line is null) return;
        _stderr.Enqueue(line);
        while (_stderr.Count > StderrLinesKept) _stderr.TryDequeue(out _);
    }
}

/// <summary>The result of waiting for a kernel event: the event, or that stdout ended, or that time ran out.</summary>
internal readonly record struct KernelRead(KernelEvent? Event, bool Ended, bool TimedOut);
