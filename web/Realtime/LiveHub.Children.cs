using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Errors;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// The child page is live: a viewer watches a child and is told each new version (ChildChanged),
/// then reads the record again over REST, cut to their own view and audited like every read.
/// </summary>
public sealed partial class LiveHub
{
    private const string WatchedChildrenKey = "children";

    /// <summary>Starts telling this connection about changes to the child; returns the record's version now.</summary>
    public async Task<long> WatchChild(Guid childId)
    {
        var snapshot = await CallerAccess.TryGetSnapshotAsync(orleans.GetGrain<IChildGrain>(childId));
        if (snapshot is null || await CallerAccess.DecideAsync(orleans, Context.User!, snapshot) is null)
        {
            await audit.ChildAccessedAsync(Context.User!, "was refused watching the record of", childId, "no relation", AuditOutcomes.Refused);
            throw CodedHubException.Create(ErrorCodes.AccessNoRoleForChild, null, "You have no role for this child.");
        }

        if (WatchedChildren().Add(childId))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, ChildObserverRegistry.Group(childId));
            await children.ConnectedAsync(childId.ToString());
        }

        return snapshot.Version;
    }

    public async Task UnwatchChild(Guid childId)
    {
        if (WatchedChildren().Remove(childId))
        {
            await StopWatchingAsync(childId);
        }
    }

    private async Task StopWatchingAsync(Guid childId)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, ChildObserverRegistry.Group(childId));
        await children.DisconnectedAsync(childId.ToString());
    }

    private HashSet<Guid> WatchedChildren() =>
        (HashSet<Guid>)(Context.Items.TryGetValue(WatchedChildrenKey, out var watched) ? watched! : Context.Items[WatchedChildrenKey] = new HashSet<Guid>());
}
