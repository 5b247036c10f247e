namespace BackaBarnet.Live.Web.Hosting;

internal static class SecurityHeaders
{
    /// <summary>
    /// Everything the UI needs is served from this origin (no CDN), so the policy can be strict:
    /// no inline script, no framing, no third-party connections.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "no-referrer";
            await next();
        });
}
