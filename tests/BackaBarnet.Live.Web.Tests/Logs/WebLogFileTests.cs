using System.Net;
using System.Net.Sockets;
using System.Text;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Logs;

/// <summary>
/// The web node's real log, as a deployment keeps it: a web node of its own process whose console
/// output is the log file (each line read as a log shipper reads it, split at CR or LF). A hub
/// connection with the token in the query and URL paths with CR/LF and a terminal escape in them
/// leave no token, no raw control character and no line of the caller's making in it.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class WebLogFileTests(LiveSystem system, ITestOutputHelper output)
{
    private const string Forged = "info: Forged.Category[0]";

    [Fact]
    public async Task NoQueryTokenAndNoControlCharacterFromAUrlReachTheWebLogFile()
    {
        var logFolder = Path.Combine(Path.GetTempPath(), $"bb-weblog-{Guid.NewGuid():N}");
        var port = FreePort.Next();
        var keyFile = Path.Combine(logFolder, "signing.key");
        await using var web = await ServerProcess.StartDotnetAsync(
            "web",
            Path.Combine(RepoPaths.Web, "bin", "Debug", "net10.0", "BackaBarnet.Live.Web.dll"),
            [
                .. system.SharedSettings, $"--urls=http://127.0.0.1:{port}", $"--contentRoot={RepoPaths.Web}", "--environment=Development",
                "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={keyFile}", "--Logging:LogLevel:Default=Trace",
            ],
            port,
            logFolder);
        var node = new Uri($"http://127.0.0.1:{port}");
        using var nurse = await DevSignIn.SignInAsync(node, "anna-bvc");

        // The browser's way onto the hub without a session: the token in the query of the upgrade.
        await using (var hub = new HubConnectionBuilder()
            .WithUrl(new Uri(node, $"/hubs/live?access_token={nurse.Token}"), o => { o.Transports = Microsoft.AspNetCore.Http.Connections.HttpTransportType.WebSockets; o.SkipNegotiation = true; })
            .Build())
        {
            await hub.StartAsync();
            await hub.InvokeAsync("LeaveSession", Guid.NewGuid());
        }

        foreach (var path in new[] { "/%0D%0Ainfo:%20Forged.Category[0]", "/barn/%0d%0a" + Uri.EscapeDataString(Forged), "/api/children/%0A%1B[2J", "/hubs/live%0D%0A" + Uri.EscapeDataString(Forged) })
        {
            await SendRawAsync(port, $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer {nurse.Token}\r\nConnection: close\r\n\r\n");
            await SendRawAsync(port, $"GET {path}?access_token={nurse.Token} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        }

        // Stopped, so everything it logged is in the file.
        await web.StopAsync(TimeSpan.FromSeconds(20));
        var lines = await File.ReadAllLinesAsync(web.LogFile!);

        output.WriteLine($"{lines.Length} lines in the web log file.");
        Assert.True(lines.Length > 10, "the web log file is nearly empty: is the console logger on?");
        Assert.DoesNotContain(lines, l => l.Contains(nurse.Token, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("access_token=", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(lines, l => l.StartsWith(Forged, StringComparison.Ordinal) || l.StartsWith("Forged", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Any(char.IsControl));
        // Kept when an assertion fails, for reading.
        System.IO.Directory.Delete(logFolder, recursive: true);
    }

    /// <summary>Exactly these bytes on the wire: an HTTP client would refuse or re-encode a path like these.</summary>
    private static async Task SendRawAsync(int port, string request)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request));
        using var reader = new StreamReader(stream);
        await reader.ReadToEndAsync();
    }
}
