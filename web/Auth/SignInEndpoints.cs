using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The browser's way in and out: /auth/sign-in sends a person to the provider, /auth/sign-out ends
/// the session here and at the provider, /auth/session tells the pages how to sign in and how long
/// an idle session lasts (without renewing it).
/// </summary>
public static class SignInEndpoints
{
    public const string SessionPath = "/auth/session";

    public sealed record SessionInfo(bool SignedIn, int IdleSeconds, bool ProviderSignIn, bool DevSignIn);

    public static void MapSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/auth").AllowAnonymous().WithTags("Sign-in").ExcludeFromDescription();
        group.MapGet("/sign-in", (string? returnUrl, OidcSettings oidc) => oidc.Enabled
            ? Results.Challenge(new AuthenticationProperties { RedirectUri = LocalOnly(returnUrl) }, [AuthSchemes.Oidc])
            : Results.LocalRedirect("/"));
        group.MapPost("/sign-out", async (HttpContext http, OidcSettings oidc) =>
        {
            var session = await http.AuthenticateAsync(AuthSchemes.Session);
            // A session that already ended (idle) may still have one at the provider: end that one too.
            var viaProvider = oidc.Enabled && (session.Principal is null || session.Principal.Identity?.AuthenticationType == AuthSchemes.Oidc);
            return Results.SignOut(new AuthenticationProperties { RedirectUri = "/" }, viaProvider ? [AuthSchemes.Session, AuthSchemes.Oidc] : [AuthSchemes.Session]);
        }).DisableAntiforgery();
        group.MapGet("/session", async (HttpContext http, SessionSettings settings, OidcSettings oidc, DevSignInSettings dev) =>
        {
            var signedIn = (await http.AuthenticateAsync()).Succeeded;
            return TypedResults.Ok(new SessionInfo(signedIn, (int)settings.IdleTimeout.TotalSeconds, oidc.Enabled, dev.Enabled));
        });
    }

    /// <summary>Signs a browser in with the session cookie: only the subject goes in, everything else comes from the directory.</summary>
    public static Task SignInSessionAsync(HttpContext http, string professionalId, string how) =>
        http.SignInAsync(AuthSchemes.Session, new ClaimsPrincipal(new ClaimsIdentity([new Claim(AuthClaims.Subject, professionalId)], how, AuthClaims.Name, AuthClaims.Role)));

    /// <summary>Only a path on this site: an open redirect would let a link send a person anywhere after signing in.</summary>
    private static string LocalOnly(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal) && !url.StartsWith("/\\", StringComparison.Ordinal) ? url : "/";
}
