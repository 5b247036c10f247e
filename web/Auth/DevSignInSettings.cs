namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The local/test sign-in. Off unless Auth:DevSignIn:Enabled is true; when off, its endpoints
/// are not mapped at all.
/// </summary>
public sealed record DevSignInSettings(bool Enabled, string? KeyFile, TimeSpan TokenLifetime)
{
    public const string Issuer = "backabarnet-live-dev";
    public const string Audience = "backabarnet-live";

    public static DevSignInSettings From(IConfiguration configuration) => new(
        configuration.GetValue("Auth:DevSignIn:Enabled", false),
        configuration["Auth:DevSignIn:KeyFile"],
        TimeSpan.FromMinutes(configuration.GetValue("Auth:DevSignIn:TokenLifetimeMinutes", 60)));
}
