using System.Net.Http.Json;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A live system whose people sign in at the real OpenID Provider (and whose bearer tokens may
/// come from it too). The provider's test users are put into the directory by its administrator,
/// as a municipality would; the dev sign-in stays on for that administrator and the demo people.
/// </summary>
public class OidcSystem : LiveSystem
{
    protected override string[] WebSettings =>
    [
        .. base.WebSettings,
        $"--Auth:Oidc:Authority={Issuer}",
        $"--Auth:Oidc:ClientId={OidcTestProvider.ClientId}",
        $"--Auth:Oidc:ClientSecret={OidcTestProvider.ClientSecret}",
        "--Auth:Oidc:Scopes=openid profile",
    ];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        using var admin = await SignInAsync("lars-katalog");
        foreach (var (id, n) in OidcTestProvider.Users.Select((id, n) => (id, n)))
        {
            var saved = await admin.Http.PutAsJsonAsync($"/api/directory/{id}", new
            {
                name = $"Testperson {n + 1}", title = "Kurator", agencyKind = "School", unit = "Backaskolan", roles = new[] { "practitioner" },
            });
            await saved.EnsureSuccessAsync();
        }
    }
}
