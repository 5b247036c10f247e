using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Web.Operations;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>This node's observer for one professional: forwards to every tab they have open here.</summary>
internal sealed class ProfessionalForwarder(string professionalId, IHubContext<LiveHub, ILiveClient> hub) : IProfessionalObserver
{
    public async Task OnConcernRaisedAsync(ConcernAlert alert)
    {
        await hub.Clients.User(professionalId).ConcernRaised(alert);
        WebMetrics.ConcernAlertLatency.Record((DateTimeOffset.UtcNow - alert.Concern.RaisedAt).TotalMilliseconds);
    }

    public Task OnNotificationAsync(Notification notification, int unread) => hub.Clients.User(professionalId).Notification(notification, unread);

    public Task OnUnreadCountChangedAsync(int unread) => hub.Clients.User(professionalId).UnreadCount(unread);
}
