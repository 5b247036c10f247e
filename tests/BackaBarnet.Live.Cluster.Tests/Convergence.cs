using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>Measures and checks that participants hold the same meeting as the server.</summary>
public static class Convergence
{
    /// <summary>The meeting as the server holds it now.</summary>
    public static async Task<SessionSnapshot> ServerStateAsync(SignedIn viewer, Guid sessionId)
    {
        var response = await viewer.Http.GetAsync($"/api/sessions/{sessionId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!;
    }

    /// <summary>How long (on <paramref name="clock"/>) until every client has reached <paramref name="version"/>; gives up at <paramref name="giveUpAt"/>.</summary>
    public static async Task<TimeSpan> WaitForVersionAsync(IEnumerable<MeetingClient> clients, long version, Func<TimeSpan> clock, TimeSpan giveUpAt)
    {
        var all = clients.ToArray();
        while (all.Any(c => c.Version < version))
        {
            if (clock() > giveUpAt)
            {
                throw new TimeoutException($"Not every participant reached version {version} by {giveUpAt}: {string.Join(", ", all.Select(c => $"{c.Name}={c.Version}"))}.");
            }

            await Task.Delay(20);
        }

        return clock();
    }

    /// <summary>Waits until every client's copy equals the server's (same version, same actions), then returns the server's.</summary>
    public static async Task<SessionSnapshot> WaitUntilIdenticalAsync(SignedIn viewer, Guid sessionId, IEnumerable<MeetingClient> clients, TimeSpan timeout)
    {
        var all = clients.ToArray();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var server = await ServerStateAsync(viewer, sessionId);
            var texts = server.Agenda.SelectMany(c => c.Actions).Select(a => a.What).ToHashSet();
            if (all.All(c => c.Version == server.Version && c.ActionTexts().SetEquals(texts)))
            {
                return server;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Participants differ from the server (version {server.Version}, {texts.Count} actions) after {timeout}: "
                    + string.Join(", ", all.Select(c => $"{c.Name}: version {c.Version}, {c.ActionTexts().Count} actions")));
            }

            await Task.Delay(100);
        }
    }
}
