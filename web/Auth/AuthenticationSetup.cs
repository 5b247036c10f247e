using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Auth;

public static class AuthenticationSetup
{
    public const string HubPathPrefix = "/hubs";

    /// <summary>
    /// People in a browser hold a session cookie (signed in through the municipality's OpenID
    /// Provider, or the dev sign-in in Development); other systems send bearer tokens. Either way,
    /// who they are comes from the directory (<see cref="DirectoryClaims"/>).
    /// </summary>
    public static IServiceCollection AddBackaBarnetAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var devSignIn = DevSignInSettings.From(configuration);
        DevSignInGuard.Check(devSignIn, environment);
        var oidc = OidcSettings.From(configuration);
        var session = SessionSettings.From(configuration);
        var bearerAuthority = configuration["Auth:Authority"];
        if (!devSignIn.Enabled && !oidc.Enabled && string.IsNullOrWhiteSpace(bearerAuthority))
        {
            throw new InvalidOperationException(
                "No way to sign in: set Auth:Oidc:Authority (people) and/or Auth:Authority with Auth:Audience (other systems); Auth:DevSignIn:Enabled=true is for Development only.");
        }

        services.AddSingleton(devSignIn);
        services.AddSingleton(oidc);
        services.AddSingleton(session);
        services.AddSingleton(new ProfessionalDirectory(SyntheticProfessionals.From(configuration, devSignIn)));
        services.AddSingleton<DirectorySync>();
        services.AddHostedService(sp => sp.GetRequiredService<DirectorySync>());
        services.AddSingleton<IClaimsTransformation, DirectoryClaims>();
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();

        DevTokenIssuer? issuer = null;
        if (devSignIn.Enabled)
        {
            issuer = new DevTokenIssuer(DevSigningKey.Load(devSignIn.KeyFile), devSignIn, TimeProvider.System);
            services.AddSingleton(issuer);
        }

        var citizen = CitizenOidcSettings.From(configuration);
        services.AddSingleton(citizen);
        services.AddSingleton(Family.FamilySettings.From(configuration));
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(Family.FamilyPolicy.Professionals)
            .AddPolicy(Family.FamilyPolicy.Name, Family.FamilyPolicy.Family)
            .AddPolicy(AuthRoles.Auditor, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Auditor))
            .AddPolicy(AuthRoles.Ops, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Ops))
            .AddPolicy(AuthRoles.Evaluator, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Evaluator))
            .AddPolicy(AuthRoles.DirectoryAdmin, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.DirectoryAdmin));

        var authentication = services.AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, "Session or bearer", o => o.ForwardDefaultSelector = SchemeFor)
            .AddSessionCookie(session)
            .AddBearerTokens(configuration, issuer);
        if (oidc.Enabled)
        {
            authentication.AddProviderSignIn(oidc);
        }

        if (citizen.Enabled)
        {
            authentication.AddCitizenSignIn(citizen);
        }

        return services;
    }

    /// <summary>
    /// A request with an Authorization header is another system's; so is a hub WebSocket upgrade with
    /// a token in its query (browsers cannot set headers there). Everything else is a browser's session.
    /// </summary>
    private static string SchemeFor(HttpContext context) =>
        context.Request.Headers.Authorization.Count > 0 || BearerSetup.IsHubUpgradeWithQueryToken(context.Request)
            ? AuthSchemes.Bearer
            : AuthSchemes.Session;
}
