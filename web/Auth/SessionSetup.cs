using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The browser's session: a cookie with an idle timeout. API calls without a session get 401/403,
/// never a redirect: the pages decide where to send a person (the provider's sign-in, or the dev sign-in).
/// </summary>
internal static class SessionSetup
{
    public static AuthenticationBuilder AddSessionCookie(this AuthenticationBuilder authentication, SessionSettings session)
    {
        // The session itself lives in the cluster; the cookie carries only its key (ClusterTicketStore).
        authentication.Services.AddSingleton<ITicketStore, ClusterTicketStore>();
        authentication.Services.AddOptions<CookieAuthenticationOptions>(AuthSchemes.Session)
            .Configure<ITicketStore>((options, store) => options.SessionStore = store);
        return authentication.AddCookie(AuthSchemes.Session, options =>
        {
            options.Cookie = new SessionCookieBuilder();
            options.ExpireTimeSpan = session.IdleTimeout;
            options.SlidingExpiration = true;
            options.Events = new CookieAuthenticationEvents
            {
                OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized),
                OnRedirectToAccessDenied = context => Answer(context, StatusCodes.Status403Forbidden),
                OnValidatePrincipal = RenewOnActivity,
            };
        });
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        context.Response.StatusCode = status;
        return Task.CompletedTask;
    }

    /// <summary>
    /// Only active people in the directory keep a session. Idle means no request from the person: every request but the session probe itself renews
    /// the cookie, so the browser's countdown to "du loggas snart ut" can start from its last call.
    /// </summary>
    private static async Task RenewOnActivity(CookieValidatePrincipalContext context)
    {
        if (!Family.FamilyPrincipal.IsFamily(context.Principal) && !DirectoryClaims.IsActive(context.HttpContext, context.Principal))
        {
            // Deactivated (or removed) since signing in: the session ends here and now.
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(AuthSchemes.Session);
            return;
        }

        if (!context.Request.Path.StartsWithSegments(SignInEndpoints.SessionPath))
        {
            context.ShouldRenew = true;
        }
    }
}
