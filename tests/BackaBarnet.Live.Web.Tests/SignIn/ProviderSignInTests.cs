using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.SignIn;

/// <summary>People sign in at a real OpenID Provider (oidc-provider), with its own login form; other systems use its tokens as bearer.</summary>
public sealed class ProviderSignInTests(OidcSystem system) : IClassFixture<OidcSystem>
{
    [Fact]
    public async Task APersonSignsInAtTheProviderAndTheDirectorySaysWhoTheyAre()
    {
        using var browser = await ProviderLogin.SignInToWebAsync(system.BaseAddress, OidcTestProvider.Users[0]);

        var me = await browser.GetFromJsonAsync<JsonElement>("/api/me");

        // The provider calls this person "Olivia Oidc"; the directory's name wins.
        Assert.Equal((OidcTestProvider.Users[0], "Testperson 1", "Backaskolan"), (me.GetProperty("id").GetString(), me.GetProperty("name").GetString(), me.GetProperty("unit").GetString()));
    }

    [Fact]
    public async Task SigningOutEndsTheSessionHereAndAtTheProvider()
    {
        using var browser = await ProviderLogin.SignInToWebAsync(system.BaseAddress, OidcTestProvider.Users[1]);

        var landed = await ProviderLogin.SignOutAsync(browser);

        Assert.Equal(system.BaseAddress.Authority, landed.Authority);
        Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
        Assert.True(await ProviderLogin.ProviderAsksForLoginAsync(browser), "the provider still had a session after the sign-out");
    }

    [Fact]
    public async Task SomeoneTheDirectoryHasDeactivatedIsTurnedAwayAfterTheProvidersLogin()
    {
        using var admin = await system.SignInAsync("lars-katalog");
        await (await admin.Http.PutAsJsonAsync("/api/directory/SE2321000016-1009", new
        {
            name = "Lämnat", title = "Kurator", agencyKind = "School", roles = new[] { "practitioner" },
        })).EnsureSuccessAsync();
        (await admin.Http.PostAsync("/api/directory/SE2321000016-1009/deactivate", null)).EnsureSuccessStatusCode();

        using var browser = await ProviderLogin.SignInToWebAsync(system.BaseAddress, "SE2321000016-1009").ContinueWith(t => t.IsFaulted ? null : t.Result);

        Assert.True(browser is null || ProviderLogin.LastLanding!.Query.Contains("inloggning=misslyckades", StringComparison.Ordinal));
        if (browser is not null)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await browser.GetAsync("/api/me")).StatusCode);
        }
    }

    [Fact]
    public async Task AnAccessTokenFromTheProviderIsABearerTokenForTheApiAndTheHub()
    {
        var token = await ProviderLogin.AccessTokenAsync(system.Issuer, OidcTestProvider.Users[2]);
        using var client = system.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var signedIn = new SignedIn(OidcTestProvider.Users[2], token, client, system.BaseAddress);

        var me = await client.GetFromJsonAsync<JsonElement>("/api/me");
        await using var connection = await signedIn.ConnectAsync();

        Assert.Equal(OidcTestProvider.Users[2], me.GetProperty("id").GetString());
        Assert.Equal(HubConnectionState.Connected, connection.State);
    }
}
