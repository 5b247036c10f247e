using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

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
            CodeFlowClient.Configure(options, oidc.Authority, oidc.MetadataAddress, oidc.ClientId, oidc.ClientSecret, oidc.Scopes, "/auth/callback");
            options.SignOutScheme = AuthSchemes.Session;
            options.SignedOutCallbackPath = "/auth/signed-out";
            options.SignedOutRedirectUri = "/";
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context => KeepOnlyTheSubject(context, oidc.SubjectClaim),
                OnRedirectToIdentityProviderForSignOut = AddIdTokenHint,
                OnRemoteFailure = context => CodeFlowClient.ReturnTo(context, "/"),
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
