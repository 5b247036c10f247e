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
        try
        {
            await Eventually.HoldsAsync(() => all.All(c => c.Version >= version), giveUpAt - clock(), $"every participant to reach version {version}");
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{e.Message} Reached: {string.Join(", ", all.Select(c => $"{c.Name}={c.Version}"))}.", e);
        }

        return clock();
    }

    /// <summary>Waits until every client's copy equals the server's (same version, same actions), then returns the server's.</summary>
    public static Task<SessionSnapshot> WaitUntilIdenticalAsync(SignedIn viewer, Guid sessionId, IEnumerable<MeetingClient> clients, TimeSpan timeout)
    {
        var all = clients.ToArray();
        return Eventually.ReturnsAsync(
            async () =>
            {
                var server = await ServerStateAsync(viewer, sessionId);
                var texts = server.Agenda.SelectMany(c => c.Actions).Select(a => a.What).ToHashSet();
                return all.All(c => c.Version == server.Version && c.ActionTexts().SetEquals(texts)) ? server : null;
            },
            timeout,
            "every participant's copy of the meeting to equal the server's (same version, same actions)");
    }
}
