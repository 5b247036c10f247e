using System.Diagnostics;

namespace BackaBarnet.Live.TestSupport;

/// <summary>What the tests' private servers (Azurite, Redis, silo and web processes) share: starting quietly, stopping by signal, cleaning up.</summary>
public static class LocalServer
{
    /// <summary>Starts a process whose output is read and dropped (an unread pipe would block it once full).</summary>
    public static Process StartQuiet(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {start.FileName}.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Sends a signal (INT, TERM) and waits; a process still running after <paramref name="timeout"/> is killed and false returned.</summary>
    public static async Task<bool> SignalAndWaitAsync(Process process, string signal, TimeSpan timeout)
    {
        if (process.HasExited)
        {
            return true;
        }

        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cancel.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
            return false;
        }
    }

    public static void DeleteFolder(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException)
        {
        }
    }
}
