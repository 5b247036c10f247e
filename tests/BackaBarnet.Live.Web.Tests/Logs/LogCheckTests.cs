using System.Net;
using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.RegularExpressions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Logs;

/// <summary>
/// No token, cookie, query string value, personnummer, child name or concern text in any log at
/// any level: a node logging at Trace is driven through sign-in (dev and provider), the hub's query
/// token, a child with a personnummer and a concern, and its log is searched for each of them.
/// A second check searches every web node log of the test run so far for anything shaped like one.
/// </summary>
public sealed partial class LogCheckTests(TracingSystem system, ITestOutputHelper output) : IClassFixture<TracingSystem>
{
    [Fact]
    public async Task ANodeLoggingAtTraceWritesNoTokenCookieQueryValuePersonnummerChildNameOrConcernText()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");
        var providerJar = new CookieContainer();
        using var providerBrowser = await ProviderLogin.SignInToWebAsync(system.BaseAddress, OidcTestProvider.Users[0], providerJar);
        await providerBrowser.GetAsync("/api/me");
        var personnummer = TestPersonnummer.AgedYears(7);
        var childName = "Loggtestbarn Ziggy";
        var concernText = "Loggtest: oron som aldrig får synas i en logg";
        var created = await nurse.Http.PostAsJsonAsync("/api/children", new { displayName = childName, childContactId = "anna-bvc", personnummer });
        await created.EnsureSuccessAsync();
        var child = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("childId").GetGuid();
        await (await browser.Http.PostAsJsonAsync($"/api/children/{child}/concerns", new { text = concernText, areas = new[] { "Safe" } })).EnsureSuccessAsync();
        await (await nurse.Http.PostAsJsonAsync("/api/children/lookup", new { personnummer })).EnsureSuccessAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await system.AnonymousClient().GetAsync($"/api/me?access_token={nurse.Token}")).StatusCode);
        await ConnectWithQueryTokenAsync(nurse.Token);
        await using (var hub = browser.BuildConnection())
        {
            await hub.StartAsync();
            await hub.InvokeAsync<long>("WatchChild", child);
        }

        var cookie = browser.Cookies.GetAllCookies().Single(c => c.Name == "bb.session").Value;
        var providerCookie = providerJar.GetAllCookies().Single(c => c.Name == "bb.session").Value;
        string[] secrets = [nurse.Token, cookie, providerCookie, personnummer, personnummer.Replace("-", ""), personnummer[2..], childName, "Ziggy", concernText, "aldrig får synas"];
        var lines = system.Logs.SelectMany(l => l.Lines).ToArray();

        var hits = secrets.Select((s, n) => (Name: $"secret {n + 1} ({s[..Math.Min(6, s.Length)]}…)", Count: lines.Count(l => l.Contains(s, StringComparison.OrdinalIgnoreCase))))
            .ToDictionary(h => h.Name, h => h.Count);
        output.WriteLine($"Searched {lines.Length} log lines ({lines.Sum(l => l.Length)} characters, levels Trace and up) for {secrets.Length} secrets: {hits.Values.Sum()} hits.");
        Assert.True(lines.Length > 30, $"Only {lines.Length} lines were logged: is the collection on?");
        Assert.All(hits, hit => Assert.True(hit.Value == 0, $"{hit.Key} is in {hit.Value} log lines"));
    }

    [Fact]
    public void NoWebNodeLogOfThisTestRunHoldsAnythingShapedLikeATokenCookieOrPersonnummer()
    {
        var folder = Environment.GetEnvironmentVariable(CollectedLogs.Variable);
        var files = folder is null ? [] : System.IO.Directory.GetFiles(folder, "*.log");
        var lines = files.SelectMany(f => ReadShared(f)).Concat(system.Logs.SelectMany(l => l.Lines)).ToArray();

        var leaks = lines.Where(l => Jwt().IsMatch(l) || l.Contains("CfDJ8", StringComparison.Ordinal) || l.Contains("access_token=", StringComparison.OrdinalIgnoreCase)
            || Personnummer().IsMatch(l)).ToArray();

        output.WriteLine($"Searched {files.Length} collected log files and this class's node: {lines.Length} lines; {leaks.Length} look like a secret.");
        leaks.Take(5).ToList().ForEach(l => output.WriteLine(l[..Math.Min(l.Length, 400)]));
        Assert.Empty(leaks);
    }

    /// <summary>The browser's way onto the hub: a WebSocket upgrade with the token in the query (browsers cannot set headers there).</summary>
    private async Task ConnectWithQueryTokenAsync(string token)
    {
        using var socket = new ClientWebSocket();
        var url = new UriBuilder(system.BaseAddress) { Scheme = "ws", Path = "/hubs/live", Query = $"access_token={token}" }.Uri;
        await socket.ConnectAsync(url, CancellationToken.None);
        await socket.SendAsync(Encoding.UTF8.GetBytes("{\"protocol\":\"json\",\"version\":1}\u001e"), WebSocketMessageType.Text, true, CancellationToken.None);
        var buffer = new byte[1024];
        var handshake = await socket.ReceiveAsync(buffer, CancellationToken.None);
        Assert.Equal("{}\u001e", Encoding.UTF8.GetString(buffer, 0, handshake.Count));
        await socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
    }

    private static IEnumerable<string> ReadShared(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        while (reader.ReadLine() is { } line)
        {
            yield return line;
        }
    }

    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.")]
    private static partial Regex Jwt();

    [GeneratedRegex(@"\b(19|20)\d{6}[-+]?\d{4}\b")]
    private static partial Regex Personnummer();
}
