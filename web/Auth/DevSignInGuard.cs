namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The dev sign-in lets anyone become anyone, so it exists in the Development environment only:
/// a web node told to enable it anywhere else refuses to start and says which setting to change.
/// </summary>
public static class DevSignInGuard
{
    public static void Check(DevSignInSettings devSignIn, IHostEnvironment environment)
    {
        if (devSignIn.Enabled && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Auth:DevSignIn:Enabled is true in the '{environment.EnvironmentName}' environment. The dev sign-in lets anyone sign in as anyone " +
                "and is allowed only in Development: remove Auth:DevSignIn:Enabled (and configure Auth:Oidc for people, Auth:Authority for other systems).");
        }
    }
}
