using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Access;

/// <summary>The access decision for the signed-in caller: their relation to the child and the view it gives.</summary>
public static class CallerAccess
{
    public static async Task<ChildAccessDecision?> DecideAsync(IClusterClient orleans, ClaimsPrincipal user, ChildSnapshot snapshot)
    {
        var actorId = user.ProfessionalId();
        var agency = AgencyKinds.OfDirectoryAgency(user.FindFirstValue(AuthClaims.Agency));

        // Asking the meetings costs grain calls, so only when the record shows no relation of its own.
        var invited = ChildAccessPolicy.RelationOf(snapshot, actorId, invitedToOpenSession: false) is null
            && await SessionInvitations.InvitedToOpenSessionAsync(orleans, actorId, snapshot.ChildId);
        return ChildAccessPolicy.Decide(snapshot, actorId, agency, invited);
    }

    /// <summary>The record, or null for a child that does not exist (answered like one without a relation).</summary>
    public static async Task<ChildSnapshot?> TryGetSnapshotAsync(IChildGrain child)
    {
        try
        {
            return await child.GetSnapshotAsync();
        }
        catch (ChildNotFoundException)
        {
            return null;
        }
    }
}
