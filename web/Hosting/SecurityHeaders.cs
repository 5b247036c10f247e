using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// Everything the UI needs is served from this origin (no CDN), so the policy can be strict:
    /// no inline script, no framing, no third-party connections. The one exception is the sign-out
    /// form, whose answer redirects to the OpenID Provider (form-action covers redirects too).
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app)
    {
        var oidc = app.ApplicationServices.GetRequiredService<OidcSettings>();
        var formAction = oidc.Enabled && Uri.TryCreate(oidc.Authority, UriKind.Absolute, out var authority)
            ? $"'self' {authority.GetLeftPart(UriPartial.Authority)}"
            : "'self'";
        var policy = $"default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action {formAction}";
        return app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = policy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
    }
}
