using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>The one hub browsers connect to. Joining it subscribes this node to the professional's alerts.</summary>
[Authorize]
public sealed class LiveHub(ProfessionalObserverRegistry registry) : Hub<ILiveClient>
{
    public const string Path = AuthenticationSetup.HubPathPrefix + "/live";

    public override async Task OnConnectedAsync()
    {
        await registry.ConnectedAsync(Context.User!.ProfessionalId());
        await base.OnConnectedAsync();
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        await registry.DisconnectedAsync(Context.User!.ProfessionalId());
        await base.OnDisconnectedAsync(exception);
    }
}
