using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.SignalR;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Auth;

public static class AuthenticationSetup
{
    public const string HubPathPrefix = "/hubs";

    /// <summary>
    /// Bearer tokens on every API call and hub connection. With the dev sign-in enabled, tokens
    /// are the ones it issues; otherwise they come from the configured identity provider
    /// (Auth:Authority, Auth:Audience).
    /// </summary>
    public static IServiceCollection AddBackaBarnetAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        var devSignIn = DevSignInSettings.From(configuration);
        services.AddSingleton(devSignIn);
        var synthetic = SyntheticProfessionals.From(configuration, devSignIn);
        services.AddSingleton(synthetic.Count == 0 ? ProfessionalDirectory.Demo : new ProfessionalDirectory([.. ProfessionalDirectory.Demo.All, .. synthetic]));
        services.AddSingleton<IUserIdProvider, SubjectUserIdProvider>();

        DevTokenIssuer? issuer = null;
        if (devSignIn.Enabled)
        {
            issuer = new DevTokenIssuer(DevSigningKey.Load(devSignIn.KeyFile), devSignIn, TimeProvider.System);
            services.AddSingleton(issuer);
        }

        services.AddAuthorizationBuilder()
            .AddPolicy(AuthRoles.Auditor, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Auditor))
            .AddPolicy(AuthRoles.Ops, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Ops))
            .AddPolicy(AuthRoles.Evaluator, policy => policy.RequireAuthenticatedUser().RequireClaim(AuthClaims.Role, AuthRoles.Evaluator));
        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(options =>
        {
            options.MapInboundClaims = false;
            options.TokenValidationParameters.NameClaimType = AuthClaims.Name;
            options.TokenValidationParameters.ClockSkew = TimeSpan.FromSeconds(30);
            if (issuer is not null)
            {
                options.TokenValidationParameters.ValidIssuer = DevSignInSettings.Issuer;
                options.TokenValidationParameters.ValidAudience = DevSignInSettings.Audience;
                options.TokenValidationParameters.IssuerSigningKey = issuer.Key;
            }
            else
            {
                options.Authority = configuration["Auth:Authority"] ?? throw new InvalidOperationException(
                    "No way to authenticate: set Auth:Authority and Auth:Audience for the identity provider, or Auth:DevSignIn:Enabled=true for local use.");
                options.Audience = configuration["Auth:Audience"];
                options.MetadataAddress = configuration["Auth:MetadataAddress"] ?? "";
            }

            options.Events = new JwtBearerEvents { OnMessageReceived = ReadHubTokenFromQuery };
        });
        return services;
    }

    /// <summary>
    /// Browsers cannot set headers on a WebSocket handshake, so the SignalR client sends the
    /// token as <c>access_token</c> in the query; accept it there for hub requests only.
    /// </summary>
    private static Task ReadHubTokenFromQuery(MessageReceivedContext context)
    {
        var token = context.Request.Query["access_token"];
        if (!string.IsNullOrEmpty(token) && context.HttpContext.Request.Path.StartsWithSegments(HubPathPrefix))
        {
            context.Token = token;
        }

        return Task.CompletedTask;
    }
}
