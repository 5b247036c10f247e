using System.Net;
using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.SignIn;

/// <summary>Browsers hold a session cookie only: the API and the hub take it, and nothing puts a token in a URL.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class SessionCookieTests(LiveSystem system)
{
    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndStrictlySameSite()
    {
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");

        var cookie = browser.SetCookie.Split('\n').Single(c => c.StartsWith("bb.session=", StringComparison.Ordinal)).ToLowerInvariant();

        Assert.Contains("httponly", cookie, StringComparison.Ordinal);
        Assert.Contains("samesite=strict", cookie, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheApiKnowsTheBrowserByItsCookieAndTheDirectoryByItsSubject()
    {
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");

        var me = await browser.Http.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/me");

        Assert.Null(browser.Http.DefaultRequestHeaders.Authorization);
        Assert.Equal(("anna-bvc", "Anna Lindqvist", "BVC Backa"), (me.GetProperty("id").GetString(), me.GetProperty("name").GetString(), me.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task ASignedInBrowserReceivesAConcernLiveOverTheCookie()
    {
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");
        using var teacher = await system.SignInAsync("erik-rektor");
        var child = await teacher.RegisterChildAsync("Vera", "anna-bvc");
        await using var connection = browser.BuildConnection();
        var alerts = new ConcernAlertRecorder(connection);
        await connection.StartAsync();

        var raised = await teacher.RaiseConcernAsync(child.ChildId, "Vera har varit borta mycket.", "Healthy");

        Assert.Equal(child.ChildId, (await alerts.WaitForAsync(raised.ConcernId, TimeSpan.FromSeconds(5))).ChildId);
    }

    [Fact]
    public async Task AHubConnectionFromASignedOutBrowserIsRefused()
    {
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");
        (await browser.Http.PostAsync("/auth/sign-out", null)).EnsureSuccessStatusCode();
        await using var connection = browser.BuildConnection();

        var refused = await Assert.ThrowsAnyAsync<Exception>(() => connection.StartAsync());

        Assert.Contains("401", refused.Message, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.Http.GetAsync("/api/me")).StatusCode);
    }

    /// <summary>
    /// A copied cookie, or one an answer still in flight sets again after signing out, must not
    /// bring the session back: the session lives in the cluster and signing out ends it there.
    /// </summary>
    [Fact]
    public async Task ASessionCookieKeptFromBeforeSigningOutOpensNothing()
    {
        using var browser = await BrowserSession.SignInAsync(system.BaseAddress, "anna-bvc");
        var kept = browser.Cookies.GetCookieHeader(system.BaseAddress);
        (await browser.Http.PostAsync("/auth/sign-out", null)).EnsureSuccessStatusCode();
        using var replay = system.AnonymousClient();
        replay.DefaultRequestHeaders.Add("Cookie", kept);

        var me = await replay.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task TheSessionProbeTellsThePagesHowToSignInAndHowLongAnIdleSessionLasts()
    {
        using var anonymous = system.AnonymousClient();

        var session = await anonymous.GetFromJsonAsync<System.Text.Json.JsonElement>("/auth/session");

        Assert.False(session.GetProperty("signedIn").GetBoolean());
        Assert.True(session.GetProperty("devSignIn").GetBoolean());
        Assert.Equal(30 * 60, session.GetProperty("idleSeconds").GetInt32());
    }
}
