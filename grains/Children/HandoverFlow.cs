using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Överlämning: proposed by the current barnkontakt (or on enrolment), accepted by the receiver.</summary>
internal static class HandoverFlow
{
    public const int SummaryMaxLength = 4000;

    public static HandoverProposal Propose(ChildState state, NewHandover handover, string actorId, int? age, DateTimeOffset now)
    {
        var valid = Validate(handover);
        var mayPropose = actorId == state.ChildContactId
            || (valid.Trigger == HandoverTrigger.Enrolment && actorId == valid.ToProfessionalId);
        if (!mayPropose)
        {
            throw new NotPermittedException("Only the current barnkontakt (or, on enrolment, the receiving principal) may propose a handover.", ErrorCodes.AccessContactOnly);
        }

        if (state.PendingHandover is not null)
        {
            throw new StateConflictException("A handover is already proposed; it must be accepted or withdrawn first.", state.Version, ErrorCodes.HandoverAlreadyProposed);
        }

        if (valid.ToProfessionalId == state.ChildContactId)
        {
            throw new DomainRuleException("toProfessionalId", "is already the child's barnkontakt.", ErrorCodes.HandoverAlreadyContact);
        }

        if (valid.Trigger == HandoverTrigger.Enrolment && valid.ToRole is not (ChildContactRole.PreschoolPrincipal or ChildContactRole.SchoolPrincipal))
        {
            throw new DomainRuleException("toRole", "an enrolment hands over to a preschool or school principal.", ErrorCodes.HandoverEnrolmentRole);
        }

        var fits = LifePhases.IsNextOrSamePhase(state.ContactRole, valid.ToRole) && LifePhases.FitsAge(valid.ToRole, age);
        if (!fits && !valid.IsException)
        {
            var ageText = age is { } years ? $" of a child aged {years}" : "";
            throw new DomainRuleException(
                "toRole",
                $"a handover from {state.ContactRole} to {valid.ToRole}{ageText} does not follow the life phases "
                + "(Midwife → ChildHealthNurse → PreschoolPrincipal → SchoolPrincipal); mark it as an exception with a reason if it is intended.",
                ErrorCodes.HandoverLifePhase,
                ErrorCodes.Args(("from", state.ContactRole), ("to", valid.ToRole), ("age", age)));
        }

        state.PendingHandover = new HandoverProposal(valid, actorId, now);
        return state.PendingHandover;
    }

    public static HandoverProposal Accept(ChildState state, string actorId, DateTimeOffset now)
    {
        // Permission before state: someone with no role learns nothing about the child, not even
        // whether a handover is pending; only the barnkontakt is told there is none.
        if (state.PendingHandover is not { } proposal || actorId != proposal.Handover.ToProfessionalId)
        {
            throw actorId == state.ChildContactId
                ? new StateConflictException("No handover to you is proposed for this child.", state.Version, ErrorCodes.HandoverNoneProposed)
                : new NotPermittedException("Only the proposed receiver may accept a handover.", ErrorCodes.AccessHandoverParties);
        }

        // What travels with the role: the proposer's words plus the open concerns and the plan as they are now.
        var summary = new HandoverSummary(
            proposal.Handover.SupportGiven,
            proposal.Handover.WhatWorked,
            state.Concerns.Where(c => c.IsOpen).ToArray(),
            state.Plan.View(),
            proposal.Handover.ExceptionReason);

        var index = state.ContactHistory.FindLastIndex(a => a.Until is null);
        if (index >= 0)
        {
            state.ContactHistory[index] = state.ContactHistory[index] with { Until = now };
        }

        state.ContactHistory.Add(new ContactAssignment(actorId, proposal.Handover.ToRole, now, null, summary) { Unit = proposal.Handover.ToUnit });
        state.ChildContactId = actorId;
        state.ContactRole = proposal.Handover.ToRole;
        state.PendingHandover = null;
        return proposal;
    }

    public static HandoverProposal Withdraw(ChildState state, string actorId)
    {
        var proposal = state.PendingHandover;
        if (actorId != state.ChildContactId && (proposal is null || (actorId != proposal.ProposedBy && actorId != proposal.Handover.ToProfessionalId)))
        {
            throw new NotPermittedException("Only the proposer, the receiver or the current barnkontakt may withdraw a handover.", ErrorCodes.AccessHandoverParties);
        }

        if (proposal is null)
        {
            throw new StateConflictException("No handover is proposed for this child.", state.Version, ErrorCodes.HandoverNoneProposed);
        }

        state.PendingHandover = null;
        return proposal;
    }

    private static NewHandover Validate(NewHandover? handover)
    {
        if (handover is null)
        {
            throw new DomainRuleException("handover", "is required.", ErrorCodes.FieldRequired);
        }

        var reason = OptionalText.Validate("exceptionReason", handover.ExceptionReason, 1000);
        if (handover.IsException && reason is null)
        {
            throw new DomainRuleException("exceptionReason", "is required when the handover is marked as an exception.", ErrorCodes.FieldRequired);
        }

        return handover with
        {
            ToProfessionalId = ProfessionalId.Validate("toProfessionalId", handover.ToProfessionalId),
            ToRole = DefinedEnum.Validate("toRole", handover.ToRole),
            Trigger = DefinedEnum.Validate("trigger", handover.Trigger),
            SupportGiven = RequiredText.Validate("supportGiven", handover.SupportGiven, SummaryMaxLength),
            WhatWorked = RequiredText.Validate("whatWorked", handover.WhatWorked, SummaryMaxLength),
            ExceptionReason = reason,
        };
    }
}
