using System.Net;
using System.Net.Http.Headers;
using System.Security.Claims;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Auth;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Tests.SignIn;

/// <summary>Bearer tokens for other systems: issuer, audience, algorithm and lifetime are all checked.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class BearerTokenTests(LiveSystem system)
{
    [Fact]
    public async Task AWellFormedTokenIsAccepted() =>
        Assert.Equal(HttpStatusCode.OK, await MeWithAsync(Token()));

    [Fact]
    public async Task ATokenForAnotherAudienceIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithAsync(Token(audience: "another-service")));

    [Fact]
    public async Task ATokenFromAnotherIssuerIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithAsync(Token(issuer: "https://evil.example")));

    [Fact]
    public async Task AnUnsignedTokenWithAlgorithmNoneIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithAsync(Token(algorithm: SecurityAlgorithms.None)));

    [Fact]
    public async Task AnExpiredTokenIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithAsync(Token(issuedAt: DateTime.UtcNow.AddHours(-2))));

    [Fact]
    public async Task ATokenForSomeoneOutsideTheDirectoryIsRefused() =>
        Assert.Equal(HttpStatusCode.Unauthorized, await MeWithAsync(Token(subject: "SE2321000016-0000")));

    [Fact]
    public async Task RolesInATokenAreIgnoredTheDirectoryDecides()
    {
        using var client = system.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token(extra: [new Claim("role", "auditor"), new Claim("agency", "SocialServices")]));

        var audit = await client.GetAsync("/api/audit/professionals/anna-bvc");

        Assert.Equal(HttpStatusCode.Forbidden, audit.StatusCode);
    }

    [Fact]
    public async Task AQueryTokenIsAcceptedOnlyOnTheHubWebSocketUpgrade()
    {
        using var client = system.AnonymousClient();

        var response = await client.GetAsync($"/api/me?access_token={Token()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    private async Task<HttpStatusCode> MeWithAsync(string token)
    {
        using var client = system.AnonymousClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return (await client.GetAsync("/api/me")).StatusCode;
    }

    private string Token(
        string subject = "anna-bvc", string issuer = DevSignInSettings.Issuer, string audience = DevSignInSettings.Audience,
        string algorithm = SecurityAlgorithms.HmacSha256, DateTime? issuedAt = null, Claim[]? extra = null)
    {
        var at = issuedAt ?? DateTime.UtcNow;
        // The system's own key in every case, so a refusal is for the one thing each test changes.
        var key = system.SigningKey();
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = at,
            NotBefore = at,
            Expires = at.AddMinutes(30),
            SigningCredentials = algorithm == SecurityAlgorithms.None ? null : new SigningCredentials(key, algorithm),
            Subject = new ClaimsIdentity([new Claim("sub", subject), .. extra ?? []]),
        });
    }
}
