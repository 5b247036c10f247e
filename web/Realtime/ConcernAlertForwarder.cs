using BackaBarnet.Live.GrainInterfaces.Professionals;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>This node's observer for one professional: forwards grain notifications to all their local connections.</summary>
internal sealed class ConcernAlertForwarder(string professionalId, IHubContext<LiveHub, ILiveClient> hub) : IProfessionalObserver
{
    public Task OnConcernRaisedAsync(ConcernAlert alert) => hub.Clients.User(professionalId).ConcernRaised(alert);
}
