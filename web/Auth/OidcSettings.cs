namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Sign-in for people through the municipality's OpenID Provider (authorization code + PKCE).
/// On when Auth:Oidc:Authority is set. <see cref="SubjectClaim"/> names the claim holding the
/// person's directory id: "sub" for most providers, an HSA-id claim behind a SITHS federation.
/// </summary>
public sealed record OidcSettings(string? Authority, string? ClientId, string? ClientSecret, IReadOnlyList<string> Scopes, string SubjectClaim, string? MetadataAddress)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public static OidcSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:Oidc");
        var scopes = (section["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(section["Authority"], section["ClientId"], section["ClientSecret"], scopes, section["SubjectClaim"] ?? AuthClaims.Subject, section["MetadataAddress"]);
    }
}
