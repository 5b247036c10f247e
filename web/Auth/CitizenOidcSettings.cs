namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Sign-in for guardians and children with a citizen e-identification, through an OpenID Provider
/// of its own (Auth:CitizenOidc; a BankID or Freja eID broker), separate from the professionals'.
/// On when Auth:CitizenOidc:Authority is set. <see cref="PersonnummerClaim"/> names the claim
/// holding the personnummer: it is matched through the HMAC index and then forgotten.
/// </summary>
public sealed record CitizenOidcSettings(string? Authority, string? ClientId, string? ClientSecret, IReadOnlyList<string> Scopes, string PersonnummerClaim, string? MetadataAddress)
{
    public bool Enabled => !string.IsNullOrWhiteSpace(Authority);

    public static CitizenOidcSettings From(IConfiguration configuration)
    {
        var section = configuration.GetSection("Auth:CitizenOidc");
        var scopes = (section["Scopes"] ?? "openid profile").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return new(section["Authority"], section["ClientId"], section["ClientSecret"], scopes, section["PersonnummerClaim"] ?? "personnummer", section["MetadataAddress"]);
    }
}
