using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// What the professionals' and the citizens' sign-in share: the web node as a confidential client
/// of an OpenID Provider, authorization code with PKCE, only the claims we ask for.
/// </summary>
internal static class CodeFlowClient
{
    public static void Configure(OpenIdConnectOptions options, string? authority, string? metadataAddress, string? clientId, string? clientSecret, IEnumerable<string> scopes, string callbackPath)
    {
        options.SignInScheme = AuthSchemes.Session;
        options.Authority = authority;
        options.MetadataAddress = metadataAddress;
        options.RequireHttpsMetadata = !Uri.TryCreate(authority, UriKind.Absolute, out var parsed) || !parsed.IsLoopback;
        options.ClientId = clientId;
        options.ClientSecret = clientSecret;
        options.ResponseType = OpenIdConnectResponseType.Code;
        options.ResponseMode = OpenIdConnectResponseMode.Query;
        options.UsePkce = true;
        options.MapInboundClaims = false;
        options.GetClaimsFromUserInfoEndpoint = false;
        // No provider tokens in the session; the professionals' sign-in keeps only the id token, as the logout hint.
        options.SaveTokens = false;
        options.Scope.Clear();
        foreach (var scope in scopes)
        {
            options.Scope.Add(scope);
        }

        // The provider sends the browser back with a top-level GET (response_mode=query), which Lax
        // cookies survive; Secure whenever the request is HTTPS (a loopback test runs on plain HTTP).
        options.CorrelationCookie.SameSite = SameSiteMode.Lax;
        options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.NonceCookie.SameSite = SameSiteMode.Lax;
        options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        options.CallbackPath = callbackPath;
    }

    /// <summary>A failed or cancelled sign-in lands on a page that says so, not on an error page.</summary>
    public static Task ReturnTo(RemoteFailureContext context, string page)
    {
        context.Response.Redirect($"{page}?inloggning=misslyckades");
        context.HandleResponse();
        return Task.CompletedTask;
    }
}
