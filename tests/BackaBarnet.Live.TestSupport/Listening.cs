using System.Diagnostics;
using System.Net.Sockets;

namespace BackaBarnet.Live.TestSupport;

/// <summary>Waits for a child process to accept TCP connections on its loopback port.</summary>
public static class Listening
{
    public static async Task WaitAsync(Process process, string name, int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"{name} exited with code {process.ExitCode} before it listened on 127.0.0.1:{port}.");
            }

            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(100);
            }
        }

        throw new TimeoutException($"{name} did not listen on 127.0.0.1:{port} within {timeout}.");
    }
}
