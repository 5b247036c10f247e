using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>The signed-in professional's inbox: notifications newest first, unread count, mark read.</summary>
public static class InboxEndpoints
{
    public static void MapInboxEndpoints(this RouteGroupBuilder me)
    {
        me.MapGet("/inbox", async (ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
        {
            var inbox = await Inbox(orleans, user).GetInboxAsync();
            await audit.ListedAsync(user, "read own notifications about", inbox.Items.Select(n => n.ChildId).OfType<Guid>(), "as recipient");
            return TypedResults.Ok(inbox);
        }).WithName("GetInbox");
        me.MapPost("/inbox/{notificationId:guid}/read", async (Guid notificationId, ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(new UnreadCount(await Inbox(orleans, user).MarkReadAsync(notificationId)))).WithName("MarkNotificationRead");
        me.MapPost("/inbox/read-all", async (ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(new UnreadCount(await Inbox(orleans, user).MarkAllReadAsync()))).WithName("MarkAllNotificationsRead");
        me.MapArchivedInboxEndpoint();
    }

    private static IProfessionalGrain Inbox(IClusterClient orleans, ClaimsPrincipal user) => orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId());
}
