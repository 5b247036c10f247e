using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Web.Access;

/// <summary>
/// Who may read a child's record, and how much of it: a relation to the child opens the record;
/// across agencies the guardians' consent decides between the full and the participation view.
/// </summary>
public static class ChildAccessPolicy
{
    /// <param name="invitedToOpenSession">The caller is invited to a meeting not yet closed with this child on the agenda.</param>
    public static ChildAccessDecision? Decide(ChildSnapshot child, string professionalId, AgencyKind? agency, bool invitedToOpenSession)
    {
        if (RelationOf(child, professionalId, invitedToOpenSession) is not { } relation)
        {
            return null;
        }

        var sharing = ChildSharing.Of(child);
        return relation switch
        {
            // The stödsamordnare is not here: their role follows the consent for their agency like anyone's.
            ChildRelation.ChildContact or ChildRelation.IncomingChildContact => new(relation, ChildView.Full, null),
            ChildRelation.FormerChildContact => new(relation, ChildView.HandoverSummary, null),
            _ when sharing.Basis(professionalId, agency) is { } basis => new(relation, ChildView.Full, basis),
            _ => new(relation, ChildView.Participation, $"no consent for {agency?.ToString() ?? "their function"}"),
        };
    }

    /// <summary>Relations the record itself shows; a meeting invitation is asked of the meetings only when none holds.</summary>
    public static ChildRelation? RelationOf(ChildSnapshot child, string professionalId, bool invitedToOpenSession)
    {
        if (child.ChildContactId == professionalId)
        {
            return ChildRelation.ChildContact;
        }

        if (child.PendingHandover?.Handover.ToProfessionalId == professionalId)
        {
            return ChildRelation.IncomingChildContact;
        }

        if (child.Plan?.Details.SupportCoordinatorId == professionalId)
        {
            return ChildRelation.SupportCoordinator;
        }

        if (child.Plan?.Actions.Any(a => a.ResponsibleId == professionalId) == true)
        {
            return ChildRelation.ActionResponsible;
        }

        if (child.TeamMeetings.Any(m => m.ParticipantIds.Contains(professionalId)))
        {
            return ChildRelation.TeamMember;
        }

        if (invitedToOpenSession)
        {
            return ChildRelation.SessionParticipant;
        }

        return child.ContactHistory.Any(c => c.ProfessionalId == professionalId) ? ChildRelation.FormerChildContact : null;
    }
}
