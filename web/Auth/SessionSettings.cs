namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The browser's session cookie. Shared workstations are common in schools and health care, so
/// a session ends after <see cref="IdleTimeout"/> without activity (Auth:Session:IdleMinutes, 30 by default).
/// </summary>
public sealed record SessionSettings(TimeSpan IdleTimeout)
{
    public const string CookieName = "bb.session";

    public static SessionSettings From(IConfiguration configuration)
    {
        var minutes = configuration.GetValue("Auth:Session:IdleMinutes", 30.0);
        if (minutes is <= 0 or > 24 * 60)
        {
            throw new InvalidOperationException($"Auth:Session:IdleMinutes must be above 0 and at most a day (was {minutes}).");
        }

        return new(TimeSpan.FromMinutes(minutes));
    }
}
