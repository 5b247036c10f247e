using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Family;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Guardians and children sign in at the citizen provider (authorization code with PKCE). The
/// personnummer in its token is looked up in the silos' HMAC index (guardians and children) and
/// dropped: the session keeps only the children's ids and the family relation. Someone who is no
/// guardian or child of any child here is turned away.
/// </summary>
internal static class CitizenSignIn
{
    public const string CallbackPath = "/auth/familj/callback";

    public static AuthenticationBuilder AddCitizenSignIn(this AuthenticationBuilder authentication, CitizenOidcSettings citizen) =>
        authentication.AddOpenIdConnect(AuthSchemes.CitizenOidc, options =>
        {
            CodeFlowClient.Configure(options, citizen.Authority, citizen.MetadataAddress, citizen.ClientId, citizen.ClientSecret, citizen.Scopes, CallbackPath);
            options.Events = new OpenIdConnectEvents
            {
                OnTokenValidated = context => KeepOnlyTheFamilyLinksAsync(context, citizen.PersonnummerClaim),
                OnRemoteFailure = context => CodeFlowClient.ReturnTo(context, "/familj.html"),
            };
        });

    private static async Task KeepOnlyTheFamilyLinksAsync(TokenValidatedContext context, string personnummerClaim)
    {
        var personnummer = context.Principal?.FindFirstValue(personnummerClaim);
        if (string.IsNullOrWhiteSpace(personnummer))
        {
            context.Fail("The citizen provider's token carries no personnummer claim.");
            return;
        }

        var orleans = context.HttpContext.RequestServices.GetRequiredService<IClusterClient>();
        IReadOnlyList<GrainInterfaces.Family.FamilyLink> links;
        try
        {
            links = await orleans.GetGrain<IChildRegistryGrain>(0).FindFamilyAsync(personnummer);
        }
        catch (DomainRuleException)
        {
            // Not a valid personnummer: said without the value itself.
            context.Fail("The citizen provider's personnummer claim is not a valid personnummer.");
            return;
        }

        if (links.Count == 0)
        {
            context.Fail("The signed-in person is no guardian or child of any child here.");
            return;
        }

        context.Principal = FamilyPrincipal.Create(links, FamilyPrincipal.CitizenSignIn);
    }
}
