using System.Net;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// Behind a load balancer a browser's requests land on any web node: the session cookie one node
/// wrote must open the API on the others (one key ring), and signing out on one ends it on all.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class BrowserSessionAcrossNodesTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    [Fact]
    public async Task ASessionStartedOnOneWebNodeOpensTheApiOnTheOtherAndSigningOutThereEndsItOnBoth()
    {
        var cluster = await fixture.ReadyAsync(output);
        var (first, second) = (cluster.LiveWebNodes.First(), cluster.LiveWebNodes.Last());
        using var browser = await BrowserSession.SignInAsync(first.Address, "anna-bvc");
        var cookie = browser.Cookies.GetCookieHeader(first.Address);

        Assert.Equal(HttpStatusCode.OK, await MeAsync(second, cookie));

        using (var onSecond = new HttpClient { BaseAddress = second.Address })
        {
            onSecond.DefaultRequestHeaders.Add("Cookie", cookie);
            (await onSecond.PostAsync("/auth/sign-out", null)).EnsureSuccessStatusCode();
        }

        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(first, cookie));
        Assert.Equal(HttpStatusCode.Unauthorized, await MeAsync(second, cookie));
    }

    private static async Task<HttpStatusCode> MeAsync(WebNode node, string cookie)
    {
        using var http = new HttpClient { BaseAddress = node.Address };
        http.DefaultRequestHeaders.Add("Cookie", cookie);
        return (await http.GetAsync("/api/me")).StatusCode;
    }
}
