using System.Diagnostics;

namespace BackaBarnet.Live.TestSupport;

public static class GracefulStop
{
    /// <summary>
    /// Sends the process the signal its graceful shutdown answers to (by PID, nothing broader),
    /// waits up to <paramref name="grace"/>, then kills it.
    /// </summary>
    public static async Task StopAsync(Process process, string signal, TimeSpan grace)
    {
        using (var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString()]))
        {
            await kill.WaitForExitAsync();
        }

        using var timeout = new CancellationTokenSource(grace);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill();
            await process.WaitForExitAsync();
        }
    }
}
