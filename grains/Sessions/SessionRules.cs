using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>Validation of meeting input; refusals name the field and change nothing.</summary>
internal static class SessionRules
{
    public const int MaxChildren = 30;
    public const int MaxParticipants = 50;
    public const int MinutesMaxLength = 8000;

    public static NewTeamSession Validate(NewTeamSession? session, string convenerId)
    {
        if (session is null)
        {
            throw new DomainRuleException("session", "is required.", ErrorCodes.FieldRequired);
        }

        DefinedEnum.Validate("kind", session.Kind);
        var children = (session.ChildIds ?? []).Distinct().ToArray();
        if (children.Length == 0 || children.Length > MaxChildren)
        {
            throw new DomainRuleException("childIds", $"must name 1 to {MaxChildren} different children.", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 1), ("max", MaxChildren)));
        }

        if (session.Kind == SessionKind.Individual && children.Length != 1)
        {
            throw new DomainRuleException("childIds", "an individual team meets about exactly one child.", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 1), ("max", 1)));
        }

        if (session.ScheduledAt == default)
        {
            throw new DomainRuleException("scheduledAt", "is required.", ErrorCodes.FieldRequired);
        }

        var participants = (session.Participants ?? []).Select((p, i) => Validate($"participants[{i}]", p)).ToList();
        if (participants.Count > MaxParticipants)
        {
            throw new DomainRuleException("participants", $"must be at most {MaxParticipants}.", ErrorCodes.FieldTooMany, ErrorCodes.Args(("max", MaxParticipants)));
        }

        if (participants.DistinctBy(p => p.ParticipantId).Count() != participants.Count)
        {
            throw new DomainRuleException("participants", "must not name the same participant twice.", ErrorCodes.FieldDuplicate);
        }

        foreach (var (participant, i) in participants.Select((p, i) => (p, i)))
        {
            // A family id lets its holder join from their own device: only the family of a child on the agenda may carry one.
            if (FamilyParticipants.Parse(participant.ParticipantId) is { } link
                && (!children.Contains(link.ChildId) || participant.Kind != (link.Relation == FamilyRelation.Child ? ParticipantKind.Child : ParticipantKind.Guardian)))
            {
                throw new DomainRuleException($"participants[{i}].participantId", "a family id must name a guardian or the child of a child on the agenda, with the matching kind.", ErrorCodes.SessionNotAParticipant);
            }
        }

        if (participants.All(p => p.ParticipantId != convenerId))
        {
            participants.Insert(0, new InvitedParticipant(convenerId, convenerId, null, "Barnkontakt", ParticipantKind.Professional));
        }

        return session with { ChildIds = children, Participants = participants };
    }

    public static IReadOnlyList<AreaRating> ValidateRatings(IReadOnlyList<AreaRating>? ratings) =>
        AssessmentRules.Validate(new NewAssessment(RaterKind.Professional, DateOnly.MinValue, ratings ?? []), DateOnly.MaxValue).Ratings;

    public static SessionActionInput Validate(SessionActionInput? action, TeamSessionState state)
    {
        if (action is null)
        {
            throw new DomainRuleException("action", "is required.", ErrorCodes.FieldRequired);
        }

        if (action.AssigneeId is { } assignee && !state.IsInvited(assignee))
        {
            throw new DomainRuleException("assigneeId", $"'{assignee}' is not a participant of this meeting.", ErrorCodes.SessionNotAParticipant);
        }

        return action with
        {
            What = RequiredText.Validate("what", action.What, PlanRules.WhatMaxLength),
            Agency = DefinedEnum.Validate("agency", action.Agency),
            Status = DefinedEnum.Validate("status", action.Status),
        };
    }

    public static SessionPlanDetails Validate(SessionPlanDetails? details)
    {
        if (details is null)
        {
            throw new DomainRuleException("details", "is required.", ErrorCodes.FieldRequired);
        }

        var plan = PlanRules.Validate(new PlanDetails(details.Goals, null, null, details.NextFollowUp, details.SupportCoordinatorId));
        return new SessionPlanDetails(plan.Goals, plan.SupportCoordinatorId, plan.NextFollowUp, OptionalText.Validate("minutes", details.Minutes, MinutesMaxLength))
        {
            GoalsSharedWithFamily = details.GoalsSharedWithFamily,
            MinutesSharedWithFamily = details.MinutesSharedWithFamily,
        };
    }

    private static InvitedParticipant Validate(string field, InvitedParticipant? participant)
    {
        if (participant is null)
        {
            throw new DomainRuleException(field, "is required.", ErrorCodes.FieldRequired);
        }

        return participant with
        {
            ParticipantId = ProfessionalId.Validate($"{field}.participantId", participant.ParticipantId),
            Name = RequiredText.Validate($"{field}.name", participant.Name, 200),
            Agency = OptionalText.Validate($"{field}.agency", participant.Agency, 100),
            Role = OptionalText.Validate($"{field}.role", participant.Role, 100),
            Kind = DefinedEnum.Validate($"{field}.kind", participant.Kind),
        };
    }
}
