using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// The one hub browsers connect to (contract in docs/realtime-api.md). Connecting subscribes this
/// node to the professional's alerts; joining a meeting subscribes it to the meeting's events.
/// </summary>
[Authorize]
public sealed partial class LiveHub(
    ProfessionalObserverRegistry professionals,
    SessionObserverRegistry sessions,
    ChildObserverRegistry children,
    WebNodeIdentity node,
    IClusterClient orleans,
    AuditTrail audit,
    HubEditLimiter editLimiter) : Hub<ILiveClient>
{
    public const string Path = AuthenticationSetup.HubPathPrefix + "/live";

    private string Me => Context.User!.ProfessionalId();

    public override async Task OnConnectedAsync()
    {
        await professionals.ConnectedAsync(Me);

        // What arrived while this professional was offline is pushed now, oldest first; the
        // client de-duplicates by id, so an item that also arrives live is shown once.
        var inbox = await orleans.GetGrain<IProfessionalGrain>(Me).GetInboxAsync();
        var waiting = inbox.Items.Where(n => n.ReadAt is null).Reverse().ToArray();
        await audit.ListedAsync(Context.User!, "was sent waiting notifications about", waiting.Select(n => n.ChildId).OfType<Guid>(), "as recipient, on connect");
        foreach (var notification in waiting)
        {
            await Clients.Caller.Notification(notification, inbox.Unread);
        }

        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await professionals.DisconnectedAsync(Me);
        foreach (var sessionId in JoinedSessions().Keys.ToArray())
        {
            await LeaveAsync(sessionId, lost: exception is not null);
        }

        foreach (var childId in WatchedChildren().ToArray())
        {
            await StopWatchingAsync(childId);
        }

        await base.OnDisconnectedAsync(exception);
    }
}
