using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Registration and the barnkontakt role: handover and the family's decline.</summary>
internal sealed partial class ChildGrain
{
    public async Task<ChildSnapshot> RegisterAsync(NewChild child)
    {
        var valid = ChildRules.Validate(child);
        var personnummer = valid.Personnummer is null ? null : Personnummer.Parse(valid.Personnummer, Today);
        if (state.State.IsRegistered)
        {
            throw new ChildAlreadyRegisteredException(ChildId);
        }

        var index = personnummer is null ? null : GrainFactory.GetGrain<IPersonnummerIndexGrain>(hasher.IndexKey(personnummer));
        if (index is not null && await index.ClaimAsync(ChildId) is var holder && holder != ChildId)
        {
            throw new DuplicatePersonnummerException(holder);
        }

        var now = Now;
        state.State = new ChildState
        {
            IsRegistered = true,
            DisplayName = valid.DisplayName,
            ChildContactId = valid.ChildContactId,
            ContactRole = valid.ContactRole,
            Personnummer = personnummer,
            Guardians = [.. valid.Guardians ?? []],
            RegisteredBy = valid.RegisteredBy,
            RegisteredAt = now,
            ContactHistory = [new ContactAssignment(valid.ChildContactId, valid.ContactRole, now, null, null) { Unit = valid.ContactUnit }],
            Gender = valid.Gender,
            Version = 1,
            Chronology = [new(now, valid.RegisteredBy, "ChildRegistered", $"Barnet registrerat med barnkontakt ({Labels.ContactRole(valid.ContactRole)})", 1)],
        };
        try
        {
            await state.WriteOrDeactivateAsync(this);
        }
        catch when (index is not null)
        {
            // The record was not saved: give the number back so a retry can claim it.
            await index.ReleaseAsync(ChildId);
            throw;
        }

        await Contact().AssignChildAsync(new CaseloadEntry(ChildId, valid.DisplayName, now));
        await ShareEvaluationFactsAsync();
        return Snapshot();
    }

    public Task<bool> HoldsPersonnummerAsync(string indexKey) =>
        Task.FromResult(state.State is { IsRegistered: true, Personnummer: { } held } && hasher.IndexKey(held) == indexKey);

    public async Task<ChildSnapshot> ProposeHandoverAsync(NewHandover handover, string actorId)
    {
        var snapshot = await CommitSnapshotAsync(actorId, "HandoverProposed", s =>
        {
            var proposal = HandoverFlow.Propose(s, handover, actorId, s.Personnummer?.AgeOn(Today), Now);
            var exception = proposal.Handover.IsException ? " (undantag)" : "";
            return $"Överlämning föreslagen till {Labels.ContactRole(proposal.Handover.ToRole)}{exception}";
        });

        var proposed = state.State.PendingHandover!;
        await GrainFactory.GetGrain<IProfessionalGrain>(proposed.Handover.ToProfessionalId).DeliverAsync(new Notification(
            NotificationIds.For("handover", ChildId, proposed.ProposedAt.UtcTicks), NotificationKind.HandoverProposed,
            $"Överlämning av barnkontaktsrollen för {state.State.DisplayName} föreslås till dig", ChildId, state.State.DisplayName,
            null, actorId, proposed.ProposedAt, Links.Child(ChildId)));
        return snapshot;
    }

    public async Task<ChildSnapshot> AcceptHandoverAsync(string actorId)
    {
        var previous = state.State.ChildContactId;
        await CommitAsync(actorId, "HandoverAccepted", s =>
        {
            var proposal = HandoverFlow.Accept(s, actorId, Now);
            return (proposal, $"Barnkontaktsrollen överlämnad ({Labels.ContactRole(proposal.Handover.ToRole)})");
        });

        // From here on concerns go to the new barnkontakt: the grain handles one call at a time,
        // so every concern raised before this point went to the previous one, and none is lost.
        await Contact().AssignChildAsync(new CaseloadEntry(ChildId, state.State.DisplayName, Now));
        await GrainFactory.GetGrain<IProfessionalGrain>(previous).ReleaseChildAsync(ChildId);
        return Snapshot();
    }

    public Task<ChildSnapshot> WithdrawHandoverAsync(string actorId) =>
        CommitSnapshotAsync(actorId, "HandoverWithdrawn", s =>
        {
            HandoverFlow.Withdraw(s, actorId);
            return "Föreslagen överlämning återtagen";
        });

    public Task<ChildSnapshot> DeclineSupportAsync(string? reason, string actorId) =>
        CommitSnapshotAsync(actorId, "SupportDeclined", s =>
        {
            ChildAccess.RequireContact(s, actorId, "record that the family declined support");
            if (s.SupportDeclined is not null)
            {
                throw new StateConflictException("The family has already declined barnkontakt support.", s.Version, ErrorCodes.SupportAlreadyDeclined);
            }

            s.SupportDeclined = new SupportDecline(Now, actorId, OptionalText.Validate("reason", reason, 1000));
            return "Familjen har avböjt stöd från barnkontakt";
        });

    public Task<ChildSnapshot> WithdrawSupportDeclineAsync(string actorId) =>
        CommitSnapshotAsync(actorId, "SupportDeclineWithdrawn", s =>
        {
            ChildAccess.RequireContact(s, actorId, "record that the family withdrew its decline");
            if (s.SupportDeclined is null)
            {
                throw new StateConflictException("The family has not declined barnkontakt support.", s.Version, ErrorCodes.SupportNotDeclined);
            }

            s.SupportDeclined = null;
            return "Familjen har återtagit sitt avböjande";
        });
}
