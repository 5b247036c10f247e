using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// The meeting as a guardian or the child sees it, copied field by field from the state: only
/// what is named here can reach a family member (no concern text, no professional's own rating,
/// no note, no plan item the meeting did not share).
/// </summary>
internal static class FamilyViews
{
    public static FamilyMeetingView For(Guid sessionId, TeamSessionState state, FamilyLink viewer, AgendaChildState child)
    {
        var names = state.Participants.ToDictionary(p => p.ParticipantId, p => p.Name);
        var ownKind = viewer.Relation == FamilyRelation.Child;
        return new FamilyMeetingView(
            sessionId,
            state.Kind,
            state.Status,
            state.ScheduledAt,
            viewer.ParticipantId,
            viewer.Relation,
            state.Participants.Select(p => new FamilyParticipantView(
                p.ParticipantId, p.Name ?? "Deltagare", p.Role, p.Agency, p.Kind, state.Presence.GetValueOrDefault(p.ParticipantId, PresenceState.NotJoined))).ToArray(),
            new FamilyChildView(
                child.ChildId,
                child.DisplayName,
                child.Revealed,
                child.ChildRatedHere,
                child.GuardiansRatedHere,
                child.Revealed || ownKind ? child.ChildOwnView.ToArray() : [],
                child.Revealed || !ownKind ? child.GuardianView.ToArray() : [],
                child.Revealed ? child.ConsensusRatings() : [],
                child.Actions.Where(a => a.SharedWithFamily)
                    .Select(a => new FamilyPlanAction(a.ActionId, a.What, a.Agency, a.AssigneeId is { } id ? names.GetValueOrDefault(id) : null, a.Due, a.Status))
                    .ToArray(),
                child.Details.GoalsSharedWithFamily ? child.Details.Goals : [],
                child.Details.MinutesSharedWithFamily ? child.Details.Minutes : null,
                child.Details.NextFollowUp,
                AgenciesAskedFor(state, child),
                []),
            state.Version);
    }

    /// <summary>The agency kinds of the professionals in the meeting whose sight of the child depends on consent (not the holding agency).</summary>
    public static IReadOnlyList<AgencyKind> AgenciesAskedFor(TeamSessionState state, AgendaChildState child) =>
        state.Participants
            .Where(p => p.Kind is ParticipantKind.Professional or ParticipantKind.ConcernReporter)
            .Select(p => AgencyKinds.OfDirectoryAgency(p.Agency))
            .OfType<AgencyKind>()
            .Where(kind => child.Sharing is not { } sharing || kind != sharing.HolderAgency)
            .Distinct()
            .Order()
            .ToArray();
}
