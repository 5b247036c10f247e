namespace BackaBarnet.Live.Web.Auth;

/// <summary>Names of the authentication schemes: a selector in front of the browser session and bearer tokens.</summary>
public static class AuthSchemes
{
    /// <summary>Picks bearer for a request carrying a token, the session cookie otherwise.</summary>
    public const string Selector = "bb";

    public const string Session = "bb.session";

    public const string Oidc = "oidc";

    public const string Bearer = "Bearer";

    /// <summary>Guardians and children: a citizen e-identification (BankID or Freja eID through an OIDC broker).</summary>
    public const string CitizenOidc = "citizen-oidc";
}
