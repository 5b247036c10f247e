namespace BackaBarnet.Live.Web.Family;

/// <summary>The family's part of the web node, added and mapped from one line each in BackaBarnetWebApp.</summary>
public static class FamilyServiceCollectionExtensions
{
    public static IServiceCollection AddFamily(this IServiceCollection services)
    {
        services.AddSingleton<FamilyAccess>();
        services.AddSingleton<FamilyPlanPdf>();
        return services;
    }

    public static void MapFamily(this WebApplication app)
    {
        app.MapFamilyEndpoints();
        app.MapGet("/auth/familj/sign-in", (Auth.CitizenOidcSettings citizen) => citizen.Enabled
                ? Results.Challenge(new Microsoft.AspNetCore.Authentication.AuthenticationProperties { RedirectUri = "/familj.html" }, [Auth.AuthSchemes.CitizenOidc])
                : Results.LocalRedirect("/familj.html"))
            .AllowAnonymous().ExcludeFromDescription();
        // The connection lives as long as the tab, like the professionals' hub.
        app.MapHub<FamilyHub>(FamilyHub.Path, o => o.CloseOnAuthenticationExpiration = true).DisableRequestTimeout();
    }
}
