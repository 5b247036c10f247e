using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Audit;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// Every family read and change goes through here: the caller must belong to the child (a claim
/// our own sign-in wrote), the meeting must have invited them, and each outcome is audited with
/// the family relation.
/// </summary>
public sealed class FamilyAccess(IClusterClient orleans, AuditTrail audit, FamilySettings settings)
{
    /// <summary>The caller's link to the child, or a refusal (audited) when they are not its guardian or the child.</summary>
    public async Task<FamilyLink> RequireLinkAsync(ClaimsPrincipal user, Guid childId, string what)
    {
        if (user.LinkTo(childId) is { } link)
        {
            return link;
        }

        await audit.ChildAccessedAsync(user, $"was refused ({what}) about", childId, "no family relation to the child");
        throw new NotPermittedException("A family member reaches only the meetings and plans of their own child.", ErrorCodes.AccessFamilyOwnChildOnly, ErrorCodes.Args(("childId", childId)));
    }

    /// <summary>The family view of one meeting, with the consent state filled in from the child's record.</summary>
    public async Task<FamilyMeetingView> ViewAsync(ClaimsPrincipal user, Guid sessionId, Guid childId, string what, Func<ITeamSessionGrain, string, Task<FamilyMeetingView>>? read = null)
    {
        var link = await RequireLinkAsync(user, childId, what);
        FamilyMeetingView view;
        try
        {
            var session = orleans.GetGrain<ITeamSessionGrain>(sessionId);
            view = await (read ?? ((s, id) => s.GetFamilyViewAsync(id)))(session, link.ParticipantId);
        }
        catch (NotPermittedException)
        {
            await audit.ChildAccessedAsync(user, $"was refused ({what}) in team session {sessionId} about", childId, $"{link.AuditRelation()}, not invited");
            throw;
        }

        if (view.Child.ChildId != childId)
        {
            throw new NotPermittedException("A family member reaches only the meetings and plans of their own child.", ErrorCodes.AccessFamilyOwnChildOnly);
        }

        await audit.ChildAccessedAsync(user, $"{what} team session {sessionId} about", childId, link.AuditRelation());
        return await WithConsentsAsync(view);
    }

    public async Task<FamilyMeetingView> WithConsentsAsync(FamilyMeetingView view)
    {
        var consents = await orleans.GetGrain<IChildGrain>(view.Child.ChildId).GetFamilyConsentsAsync(view.Child.AgenciesInMeeting, settings.ConsentRule);
        return view with { Child = view.Child with { Consents = consents } };
    }
}
