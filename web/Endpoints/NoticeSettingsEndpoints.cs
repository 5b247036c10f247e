using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>The signed-in professional's own choices of e-mail notices (no child data: not audited).</summary>
public static class NoticeSettingsEndpoints
{
    public static void MapNoticeSettingsEndpoints(this RouteGroupBuilder me)
    {
        me.MapGet("/notice-settings", async (ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(await SettingsAsync(orleans, user, await Grain(orleans, user).GetNoticePreferencesAsync()))).WithName("GetNoticeSettings");
        me.MapPut("/notice-settings", async (NoticePreferences request, ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(await SettingsAsync(orleans, user, await Grain(orleans, user).SetNoticePreferencesAsync(NoticePreferenceRules.Validate(request)))))
            .WithName("SaveNoticeSettings");
    }

    /// <summary>The choices with the address they go to, as the directory has it (changed there, not here).</summary>
    private static async Task<NoticeSettings> SettingsAsync(IClusterClient orleans, ClaimsPrincipal user, NoticePreferences preferences)
    {
        var directory = await orleans.GetGrain<IDirectoryGrain>(0).GetAsync();
        var me = directory.People.FirstOrDefault(p => p.Id == user.ProfessionalId());
        return new NoticeSettings(preferences, me?.Email, me?.Phone is { Length: > 0 });
    }

    private static IProfessionalGrain Grain(IClusterClient orleans, ClaimsPrincipal user) => orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId());
}

/// <summary>What the settings page shows: the choices, the e-mail address, whether an SMS could reach them.</summary>
public sealed record NoticeSettings(NoticePreferences Preferences, string? Email, bool HasPhone);
