using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Realtime;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Family;

/// <summary>
/// The family's own hub: a guardian or the child joins their child's meeting, rates, and gives or
/// takes back consent. Pushes carry no content (see <see cref="IFamilyClient"/>); each device
/// reads its own family view, which holds only what the family may see.
/// </summary>
[Authorize(Policy = FamilyPolicy.Name)]
public sealed class FamilyHub(
    FamilyAccess access,
    SessionObserverRegistry sessions,
    WebNodeIdentity node,
    IClusterClient orleans,
    AuditTrail audit,
    HubEditLimiter editLimiter,
    FamilySettings settings) : Hub<IFamilyClient>
{
    public const string Path = AuthenticationSetup.HubPathPrefix + "/family";

    private const string JoinedKey = "family-sessions";

    public static string Group(Guid sessionId) => $"family:{sessionId}";

    public async Task<FamilyMeetingView> JoinMeeting(Guid sessionId, Guid childId)
    {
        await access.RequireLinkAsync(Context.User!, childId, "join a meeting");
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(sessionId));
        await sessions.ConnectedAsync(sessionId.ToString());
        try
        {
            var view = await access.ViewAsync(Context.User!, sessionId, childId, "joined (family view)",
                (session, participantId) => session.JoinFamilyAsync(participantId, node.ConnectionKey(Context.ConnectionId)));
            Joined()[sessionId] = view.ViewerId;
            return view;
        }
        catch
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(sessionId));
            await sessions.DisconnectedAsync(sessionId.ToString());
            throw;
        }
    }

    public Task<FamilyMeetingView> GetMeeting(Guid sessionId, Guid childId) =>
        access.ViewAsync(Context.User!, sessionId, childId, "read (family view)");

    public async Task<EditOutcome> SubmitRatings(Guid sessionId, Guid childId, AreaRating[] ratings)
    {
        var link = await access.RequireLinkAsync(Context.User!, childId, "rate");
        editLimiter.Take(Context.User!.ProfessionalId());
        try
        {
            var outcome = await orleans.GetGrain<ITeamSessionGrain>(sessionId).SubmitFamilyRatingsAsync(ratings, link.ParticipantId);
            sessions.Acknowledged(sessionId, outcome.SessionVersion);
            return outcome;
        }
        catch (NotPermittedException)
        {
            await audit.ChildAccessedAsync(Context.User!, $"was refused (rate) in team session {sessionId} about", childId, $"{link.AuditRelation()}, not invited");
            throw;
        }
    }

    /// <summary>A guardian gives (or takes back) consent for one agency kind in the meeting; the meeting opens or closes for it live.</summary>
    public async Task<FamilyMeetingView> SetConsent(Guid sessionId, Guid childId, AgencyKind agency, bool given)
    {
        var view = await access.ViewAsync(Context.User!, sessionId, childId, given ? "gave consent in" : "revoked consent in");
        var link = Context.User!.LinkTo(childId)!;
        if (link.Relation != FamilyRelation.Guardian)
        {
            throw new NotPermittedException("Only the child's guardians may give or revoke consent.", ErrorCodes.FamilyGuardiansOnly);
        }

        editLimiter.Take(Context.User!.ProfessionalId());
        var consents = await orleans.GetGrain<IChildGrain>(childId).SetFamilyConsentAsync(agency, link.GuardianNumber, given, settings.ConsentRule, view.Child.AgenciesInMeeting);

        // One guardian's yes may change nothing in the meeting yet; the other guardian's device should still show it.
        await Clients.Group(Group(sessionId)).MeetingChanged(sessionId, view.Version);
        return view with { Child = view.Child with { Consents = consents } };
    }

    public async Task LeaveMeeting(Guid sessionId)
    {
        if (Joined().Remove(sessionId, out var participantId))
        {
            await LeaveAsync(sessionId, participantId, lost: false);
        }
    }

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var (sessionId, participantId) in Joined().ToArray())
        {
            await LeaveAsync(sessionId, participantId, lost: exception is not null);
        }

        Joined().Clear();
        await base.OnDisconnectedAsync(exception);
    }

    private async Task LeaveAsync(Guid sessionId, string participantId, bool lost)
    {
        await Groups.RemoveFromGroupAsync(Context.ConnectionId, Group(sessionId));
        await sessions.DisconnectedAsync(sessionId.ToString());
        await orleans.GetGrain<ITeamSessionGrain>(sessionId).LeaveAsync(participantId, node.ConnectionKey(Context.ConnectionId), lost);
    }

    private Dictionary<Guid, string> Joined() =>
        (Dictionary<Guid, string>)(Context.Items.TryGetValue(JoinedKey, out var joined) ? joined! : Context.Items[JoinedKey] = new Dictionary<Guid, string>());
}
