using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// People sign in at the municipality's OpenID Provider: authorization code with PKCE, the web
/// node as a confidential client. Only the subject (from the configured claim, often an HSA-id)
/// goes into the session; someone the directory does not know, or has deactivated, is turned
/// away. Sign-out ends the provider's session too (RP-initiated logout with the id token as hint).
/// </summary>
internal static class ProviderSignIn
{
    public static AuthenticationBuilder AddProviderSignIn(this AuthenticationBuilder authentication, OidcSettings oidc) =>
        authentication.AddOpenIdConnect(AuthSchemes.Oidc, options =>
        {
            options.SignInScheme = AuthSchemes.Session;
            options.SignOutScheme = AuthSchemes.Session;
            options.Authority = oidc.Authority;
            options.MetadataAddress = oidc.MetadataAddress;
            options.RequireHttpsMetadata = !Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority) || !authority.IsLoopback;
            options.ClientId = oidc.ClientId;
            options.ClientSecret = oidc.ClientSecret;
            options.ResponseType = OpenIdConnectResponseType.Code;
            options.ResponseMode = OpenIdConnectResponseMode.Query;
            options.UsePkce = true;
            options.MapInboundClaims = false;
            options.GetClaimsFromUserInfoEndpoint = false;
            // The id token is kept in the session only as the hint for RP-initiated logout.
            options.SaveTokens = false;
            options.Scope.Clear();
            foreach (var scope in oidc.Scopes)
            {
                options.Scope.Add(scope);
            }

            // The provider sends the browser back with a top-level GET (response_mode=query), which Lax
            // cookies survive; Secure whenever the request is HTTPS (a loopback test runs on plain HTTP).
            options.CorrelationCookie.SameSite = SameSiteMode.Lax;
            options.CorrelationCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.NonceCookie.SameSite = SameSiteMode.Lax;
            options.NonceCookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.CallbackPath = "/auth/callback";
            options.SignedOutCallbackPath = "/auth/signed-out";
            options.SignedOutRedirectUri = "/";
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context => KeepOnlyTheSubject(context, oidc.SubjectClaim),
                OnRedirectToIdentityProviderForSignOut = AddIdTokenHint,
                OnRemoteFailure = context =>
                {
                    context.Response.Redirect("/?inloggning=misslyckades");
                    context.HandleResponse();
                    return Task.CompletedTask;
                },
            };
        });

    private const string IdTokenKey = ".id_token";

    private static Task KeepOnlyTheSubject(TokenValidatedContext context, string subjectClaim)
    {
        var directory = context.HttpContext.RequestServices.GetRequiredService<ProfessionalDirectory>();
        var subject = context.Principal?.FindFirstValue(subjectClaim);
        if (directory.Find(subject) is null)
        {
            context.Fail("The signed-in subject is not an active professional in the directory.");
            return Task.CompletedTask;
        }

        context.Principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim(AuthClaims.Subject, subject!)], AuthSchemes.Oidc, AuthClaims.Name, AuthClaims.Role));
        if (context.TokenEndpointResponse?.IdToken is { } idToken)
        {
            context.Properties!.Items[IdTokenKey] = idToken;
        }

        return Task.CompletedTask;
    }

    private static async Task AddIdTokenHint(RedirectContext context)
    {
        var session = await context.HttpContext.AuthenticateAsync(AuthSchemes.Session);
        if (session.Properties?.Items.TryGetValue(IdTokenKey, out var idToken) == true)
        {
            context.ProtocolMessage.IdTokenHint = idToken;
        }
        else
        {
            // Without the hint (the session here already ended) the provider needs to know which client asks.
            context.ProtocolMessage.ClientId = context.Options.ClientId;
        }
    }
}
