
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Calendar;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Grains.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace BackaBarnet.Live.Grains.Children;

internal sealed partial class ChildGrain(
    [PersistentState("child", StorageNames.Records)] IPersistentState<ChildState> state,
    PersonnummerHasher hasher,
    IChronologyArchive archive,
    IClosedConcernArchive closedConcerns,
    [FromKeyedServices(DomainTime.Key)] TimeProvider time,
    IAuditSink auditSink,
    IOptions<EscalationOptions> escalation,
    IOptions<MeetingBurdenOptions> meetings,
    ILogger<ChildGrain> logger) : Grain, IChildGrain
{
    private Guid ChildId => this.GetPrimaryKey();

    private DateTimeOffset Now => time.GetUtcNow();

    private DateOnly Today => SwedishDate.Today(time);

    public Task<ChildSnapshot> GetSnapshotAsync()
    {
        EnsureRegistered();
        return Task.FromResult(Snapshot());
    }

    public async Task<ConcernView> RaiseConcernAsync(NewConcern concern)
    {
        EnsureRegistered();
        if (ConcernRequests.Earlier(state.State, concern, Now) is { } earlier)
        {
            // The first call may have stored the concern and failed before scheduling its escalation.
            await ScheduleEscalationAsync(earlier);
            return earlier;
        }

        await EnsureOutboxReminderAsync();
        var raised = await CommitAsync(concern.ReporterId, "ConcernRaised", s =>
        {
            var view = ConcernLifecycle.Raise(s, concern, Now, WorkingTime.AddWorkingDays(Now, escalation.Value.WorkingDays));
            ConcernRequests.Remember(s, concern, view.ConcernId, Now);
            // The commit raises the version by one: the alert carries the version that has the concern.
            s.AlertOutbox.Add(new ConcernAlert(ChildId, s.DisplayName, view, s.Version + 1));
            var marker = view.MandatoryReportRequired ? " – orosanmälan ska göras" : "";
            return (view, $"Oro anmäld ({Labels.Areas(view.Areas)}){marker}");
        });

        // The concern is stored; whether the alert goes out now or later, the reporter is answered (AlertOutbox).
        await DeliverOutboxAsync();
        await ScheduleEscalationAsync(raised);
        await TellOnlineColleaguesIfContactOfflineAsync(raised);
        return raised;
    }

    public async Task<ChildSnapshot> AcknowledgeConcernAsync(Guid concernId, string actorId)
    {
        var snapshot = await CommitSnapshotAsync(actorId, "ConcernAcknowledged", s =>
        {
            ConcernLifecycle.Acknowledge(s, concernId, actorId, Now);
            return "Oro kvitterad av barnkontakten";
        });

        // Acknowledged in time: if no other concern waits, nothing is left to escalate.
        await EndEscalationIfNothingAwaitsAsync();
        return snapshot;
    }

    public async Task<ChildSnapshot> CloseConcernAsync(Guid concernId, ConcernStatus outcome, string whatWasDone, string actorId)
    {
        var snapshot = await CommitSnapshotAsync(actorId, $"Concern{outcome}", s =>
        {
            var closed = ConcernLifecycle.Close(s, concernId, outcome, whatWasDone, actorId, Now);
            // A closed concern is not alerted any more, even if its alert never went out.
            s.AlertOutbox.RemoveAll(a => a.Concern.ConcernId == concernId);
            return closed.Status == ConcernStatus.Handled ? "Oro hanterad" : "Oro hänvisad till barnteam";
        });

        // A closed concern's text stays on the record only, not in the barnkontakt's list of alerts.
        await Contact().SettleConcernAlertAsync(concernId);
        return snapshot;
    }

    public Task<ChildSnapshot> RecordMandatoryReportAsync(Guid concernId, string madeBy, DateTimeOffset madeAt, string actorId) =>
        CommitSnapshotAsync(actorId, "MandatoryReportRecorded", s =>
        {
            var concern = ConcernLifecycle.RecordMandatoryReport(s, concernId, madeBy, madeAt, actorId, Now);
            return $"Orosanmälan till socialtjänsten gjord {concern.MandatoryReport!.MadeAt:yyyy-MM-dd}";
        });

    public Task<AssessmentView> RecordAssessmentAsync(NewAssessment assessment, string actorId) =>
        CommitAsync(actorId, "AssessmentRecorded", s =>
        {
            ChildAccess.RequireTeamMember(s, actorId, Today, "record a behovskompass assessment");
            var valid = AssessmentRules.Validate(assessment, Today);
            var isBaseline = valid.Rater == RaterKind.TeamConsensus && s.Assessments.All(a => !a.IsBaseline);
            var view = new AssessmentView(Guid.NewGuid(), valid.Rater, valid.AssessedOn, valid.Ratings, actorId, Now, isBaseline) { RecordVersion = s.Version + 1 };
            s.Assessments.Add(view);
            return (view, $"Behovskompass ({Labels.Rater(view.Rater)}){(isBaseline ? " – utgångsläge" : "")}");
        });

    public async Task<PlanChangeResult> AddPlanActionAsync(PlanActionInput action, long expectedPlanVersion, string actorId)
    {
        PlanActionView? added = null;
        var result = await CommitPlanAsync(actorId, "PlanActionAdded", s =>
        {
            added = PlanEditor.AddAction(s, action, expectedPlanVersion, actorId, Now);
            return $"Insats tillagd: {Labels.Agency(added.Agency)}";
        });
        await TellResponsibleAsync(added!, previousResponsible: null, actorId);
        return result with { ActionId = added!.ActionId };
    }

    public async Task<PlanChangeResult> UpdatePlanActionAsync(Guid actionId, PlanActionInput action, long expectedPlanVersion, string actorId)
    {
        var previous = state.State.Plan.Actions.FirstOrDefault(a => a.ActionId == actionId)?.ResponsibleId;
        PlanActionView? updated = null;
        var result = await CommitPlanAsync(actorId, "PlanActionUpdated", s =>
        {
            updated = PlanEditor.UpdateAction(s, actionId, action, expectedPlanVersion, actorId, Now);
            return $"Insats ändrad ({Labels.ActionStatus(updated.Status)})";
        });
        await TellResponsibleAsync(updated!, previous, actorId);
        return result with { ActionId = actionId };
    }

    public Task<PlanChangeResult> SetPlanActionStatusAsync(Guid actionId, PlanActionStatus status, long expectedPlanVersion, string actorId) =>
        CommitPlanAsync(actorId, "PlanActionUpdated", s =>
            $"Insats ändrad ({Labels.ActionStatus(PlanEditor.SetStatus(s, actionId, status, expectedPlanVersion, actorId, Now).Status)})");

    public async Task<PlanChangeResult> UpdatePlanDetailsAsync(PlanDetails details, long expectedPlanVersion, string actorId)
    {
        EnsureRegistered();
        var coordinatorAgency = await NewCoordinatorAgencyAsync(details?.SupportCoordinatorId, actorId);
        return await CommitPlanAsync(actorId, "PlanDetailsUpdated", s =>
        {
            PlanEditor.UpdateDetails(s, details!, coordinatorAgency, expectedPlanVersion, actorId, Now);
            return "Planens mål, uppföljning och stödsamordnare uppdaterade";
        });
    }

    public Task<ConsentView> RecordConsentAsync(ConsentGrant grant, string actorId) =>
        CommitAsync(actorId, "ConsentRecorded", s =>
        {
            ChildAccess.RequireContact(s, actorId, "record consent");
            var valid = ConsentRules.Validate(grant, Today);
            var view = new ConsentView(Guid.NewGuid(), valid, actorId, Now, null, null) { RecordVersion = s.Version + 1 };
            s.Consents.Add(view);
            return (view, $"Samtycke till informationsdelning med {Labels.Agency(view.Grant.Agency)}");
        });

    public Task<ChildSnapshot> RevokeConsentAsync(Guid consentId, string actorId) =>
        CommitSnapshotAsync(actorId, "ConsentRevoked", s =>
        {
            ChildAccess.RequireContact(s, actorId, "record that consent was revoked");
            var index = s.Consents.FindIndex(c => c.ConsentId == consentId);
            if (index < 0 || s.Consents[index].RevokedAt is not null)
            {
                throw new DomainRuleException("consentId", $"no consent {consentId} in force on this child.", ErrorCodes.ConsentNotInForce);
            }

            s.Consents[index] = s.Consents[index] with { RevokedAt = Now, RevokedBy = actorId };
            return $"Samtycke återkallat för {Labels.Agency(s.Consents[index].Grant.Agency)}";
        });

    public Task<LinkedProcessView> SaveLinkedProcessAsync(Guid? processId, LinkedProcessInput process, string actorId) =>
        CommitAsync(actorId, "LinkedProcessSaved", s =>
        {
            ChildAccess.RequirePlanEditor(s, actorId, Today, "record linked forums");
            var valid = LinkedProcessRules.Validate(process);
            var index = processId is { } id ? s.LinkedProcesses.FindIndex(p => p.ProcessId == id) : -1;
            if (processId is not null && index < 0)
            {
                throw new DomainRuleException("processId", $"no linked process {processId} on this child.", ErrorCodes.LinkedProcessNotFound);
            }

            var view = new LinkedProcessView(processId ?? Guid.NewGuid(), valid, actorId, Now) { RecordVersion = s.Version + 1 };
            if (index < 0)
            {
                s.LinkedProcesses.Add(view);
            }
            else
            {
                s.LinkedProcesses[index] = view;
            }

            return (view, $"{Labels.LinkedProcess(view.Process.Kind)}: {Labels.LinkedProcessStatus(view.Process.Status)}");
        });

    private IProfessionalGrain Contact() => GrainFactory.GetGrain<IProfessionalGrain>(state.State.ChildContactId);

    /// <summary>Someone newly made responsible for an action on the child page finds it in their list and inbox.</summary>
    private async Task TellResponsibleAsync(PlanActionView action, string? previousResponsible, string actorId)
    {
        if (action.ResponsibleId is { } responsible && responsible != previousResponsible && responsible != actorId)
        {
            await GrainFactory.GetGrain<IProfessionalGrain>(responsible).AddAssignmentAsync(
                new ActionAssignment(ChildId, state.State.DisplayName, action.ActionId, action.What, action.Due, Guid.Empty, Now));
        }
    }

    private void EnsureRegistered()
    {
        if (!state.State.IsRegistered)
        {
            throw new ChildNotFoundException(ChildId);
        }
    }

    private ChildSnapshot Snapshot() => ChildSnapshots.Create(ChildId, state.State, Today, Now, meetings.Value.BurdenWarningAt);
}
