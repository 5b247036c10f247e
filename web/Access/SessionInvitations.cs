using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Web.Access;

/// <summary>The meeting relation: invited to a team session, not yet closed, with the child on the agenda.</summary>
public static class SessionInvitations
{
    public static async Task<bool> InvitedToOpenSessionAsync(IClusterClient orleans, string professionalId, Guid childId)
    {
        var invitations = await orleans.GetGrain<IProfessionalGrain>(professionalId).GetSessionInvitationsAsync();
        foreach (var invitation in invitations.Where(i => i.ChildIds.Contains(childId)))
        {
            // The invitation list is the professional's own memory; the session decides whether it is still open.
            var session = await orleans.GetGrain<ITeamSessionGrain>(invitation.SessionId).GetSnapshotAsync(professionalId);
            if (session.Status is not (SessionStatus.Closed or SessionStatus.Cancelled))
            {
                return true;
            }
        }

        return false;
    }
}
