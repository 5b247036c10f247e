using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// Guardians and the child in the meeting, from their own devices. They are invited like everyone
/// else, but with ids made from the child's id (see <see cref="FamilyParticipants"/>), and they
/// only ever receive the family view of their own child.
/// </summary>
internal sealed partial class TeamSessionGrain
{
    public async Task<FamilyMeetingView> JoinFamilyAsync(string participantId, string connectionKey)
    {
        var (link, child) = RequireFamily(participantId);
        if (state.State.Status != SessionStatus.Closed)
        {
            var connections = state.State.Connections.TryGetValue(participantId, out var existing) ? existing : state.State.Connections[participantId] = [];
            connections.Add(connectionKey);
            state.State.ReconnectDeadlines.Remove(participantId);
            await SetPresenceAsync(participantId, PresenceState.Present);
        }

        return FamilyViews.For(SessionId, state.State, link, child);
    }

    public Task<FamilyMeetingView> GetFamilyViewAsync(string participantId)
    {
        var (link, child) = RequireFamily(participantId);
        return Task.FromResult(FamilyViews.For(SessionId, state.State, link, child));
    }

    public async Task<EditOutcome> SubmitFamilyRatingsAsync(IReadOnlyList<AreaRating> ratings, string participantId)
    {
        var (link, child) = RequireFamily(participantId);
        RequireEditable(child.ChildId, participantId);
        var valid = SessionRules.ValidateRatings(ratings).ToList();
        if (link.Relation == FamilyRelation.Child)
        {
            child.ChildOwnView = valid;
            child.ChildRatedHere = true;
        }
        else
        {
            child.GuardianView = valid;
            child.GuardiansRatedHere = true;
        }

        // Like a professional's: before the reveal the others learn only that the family has rated.
        return Applied(child.Revealed
            ? await EmitRevealedAsync(child, participantId, "rated (family)")
            : await EmitAsync(SessionEventKind.RatingsSubmitted, participantId, e => e with { ChildId = child.ChildId, RatedBy = participantId }, "rated (family)"));
    }

    /// <summary>An invited guardian or child of a child on the agenda; anyone else is refused as not a participant.</summary>
    private (FamilyLink Link, AgendaChildState Child) RequireFamily(string participantId)
    {
        RequireParticipant(participantId, "see this meeting");
        var invited = state.State.Participants.First(p => p.ParticipantId == participantId);
        if (FamilyParticipants.Parse(participantId) is not { } link
            || invited.Kind is not (ParticipantKind.Guardian or ParticipantKind.Child)
            || state.State.Child(link.ChildId) is not { } child)
        {
            throw new NotPermittedException("Only the family of a child on the agenda may see the family view of this meeting.", ErrorCodes.AccessParticipantOnly);
        }

        return (link, child);
    }
}
