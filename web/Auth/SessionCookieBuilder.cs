using System.Net;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The session cookie: HttpOnly, SameSite=Strict, and Secure on every request except plain HTTP
/// on loopback (the one-machine start and the tests), where a browser would drop a Secure cookie.
/// </summary>
internal sealed class SessionCookieBuilder : CookieBuilder
{
    public SessionCookieBuilder()
    {
        Name = SessionSettings.CookieName;
        HttpOnly = true;
        SameSite = SameSiteMode.Strict;
        IsEssential = true;
        SecurePolicy = CookieSecurePolicy.Always;
    }

    public override CookieOptions Build(HttpContext context, DateTimeOffset expiresFrom)
    {
        var options = base.Build(context, expiresFrom);
        options.Secure = context.Request.IsHttps || !IsLoopback(context);
        return options;
    }

    private static bool IsLoopback(HttpContext context) =>
        context.Connection.LocalIpAddress is { } local && IPAddress.IsLoopback(local)
        && context.Connection.RemoteIpAddress is { } remote && IPAddress.IsLoopback(remote);
}
