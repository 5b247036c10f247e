using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Bearer tokens for other systems: issuer, audience, lifetime and signature validated, the
/// algorithms pinned (Auth:Algorithms, RS256 by default; HS256 only for the dev sign-in's own
/// tokens) and a small clock skew. Tokens come from Auth:Authority, and in Development also from the dev sign-in.
/// </summary>
internal static class BearerSetup
{
    public const string QueryTokenName = "access_token";

    public static AuthenticationBuilder AddBearerTokens(this AuthenticationBuilder authentication, IConfiguration configuration, DevTokenIssuer? issuer) =>
        authentication.AddJwtBearer(AuthSchemes.Bearer, options =>
        {
            options.MapInboundClaims = false;
            var parameters = options.TokenValidationParameters;
            parameters.NameClaimType = AuthClaims.Name;
            parameters.ClockSkew = TimeSpan.FromSeconds(30);
            parameters.ValidateIssuer = true;
            parameters.ValidateAudience = true;
            parameters.ValidateLifetime = true;
            parameters.RequireExpirationTime = true;
            parameters.ValidateIssuerSigningKey = true;
            var algorithms = (configuration["Auth:Algorithms"] ?? SecurityAlgorithms.RsaSha256).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList();
            var audiences = new List<string>();
            if (configuration["Auth:Audience"] is { Length: > 0 } audience)
            {
                audiences.Add(audience);
            }

            if (issuer is not null)
            {
                // The provider's keys and issuer (from its metadata) are added to these by the handler.
                parameters.ValidIssuers = [DevSignInSettings.Issuer];
                parameters.IssuerSigningKeys = [issuer.Key];
                audiences.Add(DevSignInSettings.Audience);
                algorithms.Add(SecurityAlgorithms.HmacSha256);
            }

            parameters.ValidAudiences = audiences;
            parameters.ValidAlgorithms = algorithms;
            if (configuration["Auth:Authority"] is { Length: > 0 } authority)
            {
                options.Authority = authority;
                options.MetadataAddress = configuration["Auth:MetadataAddress"] ?? "";
                options.RequireHttpsMetadata = !Uri.TryCreate(authority, UriKind.Absolute, out var uri) || !uri.IsLoopback;
            }

            options.Events = new JwtBearerEvents
            {
                OnMessageReceived = ReadHubTokenFromQuery,
                OnTokenValidated = context =>
                {
                    if (!DirectoryClaims.IsActive(context.HttpContext, context.Principal))
                    {
                        context.Fail("The token's subject is not an active professional in the directory.");
                    }

                    return Task.CompletedTask;
                },
            };
        });

    /// <summary>Browsers cannot set headers on a WebSocket handshake: only there, and only for the hub, is a query token accepted.</summary>
    public static bool IsHubUpgradeWithQueryToken(HttpRequest request) =>
        IsWebSocketUpgrade(request) && request.Path.StartsWithSegments(AuthenticationSetup.HubPathPrefix) && request.Query.ContainsKey(QueryTokenName);

    /// <summary>
    /// Read from the request itself: authentication runs before the hub's own WebSockets middleware,
    /// so HttpContext.WebSockets does not know the request yet.
    /// </summary>
    private static bool IsWebSocketUpgrade(HttpRequest request) =>
        HttpMethods.IsGet(request.Method)
        && request.Headers.Upgrade.Any(v => string.Equals(v, "websocket", StringComparison.OrdinalIgnoreCase))
        && request.Headers.Connection.Any(v => v?.Contains("upgrade", StringComparison.OrdinalIgnoreCase) == true);

    private static Task ReadHubTokenFromQuery(MessageReceivedContext context)
    {
        if (IsHubUpgradeWithQueryToken(context.Request))
        {
            context.Token = context.Request.Query[QueryTokenName];
        }

        return Task.CompletedTask;
    }
}
