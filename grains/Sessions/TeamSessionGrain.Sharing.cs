using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Consent changes reach a meeting that is going on: views narrow (or widen) at once.</summary>
internal sealed partial class TeamSessionGrain
{
    public async Task UpdateSharingAsync(Guid childId, ChildSharing sharing)
    {
        RequireConvened();
        if (state.State.Status == SessionStatus.Closed || state.State.Child(childId) is not { } child || child.Sharing == sharing)
        {
            return;
        }

        child.Sharing = sharing;

        // No payload: each viewer asks for their own view again, cut by the new consent.
        await EmitAsync(SessionEventKind.SharingChanged, sharing.ChildContactId, e => e with { ChildId = childId });
    }
}
