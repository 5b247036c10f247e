using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.LinkedProcesses;
using BackaBarnet.Live.GrainInterfaces.Plans;
using Orleans.Concurrency;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// One grain per child, keyed by an opaque id (never the personnummer). Every change is
/// validated, persisted and written to the chronology before the call returns; refused changes
/// leave the record as it was. <c>actorId</c> is the authenticated professional.
/// </summary>
[Alias("bb.IChildGrain")]
public interface IChildGrain : IGrainWithGuidKey
{
    /// <summary>Registers the child; a personnummer is claimed in the index first, so no two children share one.</summary>
    /// <exception cref="DuplicatePersonnummerException">Another child already has this personnummer.</exception>
    [Alias("Register")]
    Task<ChildSnapshot> RegisterAsync(NewChild child);

    /// <exception cref="ChildNotFoundException">The child is not registered.</exception>
    [Alias("GetSnapshot")]
    Task<ChildSnapshot> GetSnapshotAsync();

    /// <summary>Newest first.</summary>
    [Alias("GetChronology")]
    Task<IReadOnlyList<ChronologyEntry>> GetChronologyAsync();

    /// <summary>
    /// A page of the handled concerns moved to the archive (the newest handled ones are in the
    /// snapshot), newest raised first; <paramref name="before"/> is the previous page's
    /// <see cref="ClosedConcernPage.NextBefore"/>, null for the first page.
    /// </summary>
    /// <exception cref="Domain.DomainRuleException"><paramref name="take"/> is not 1–100, or <paramref name="before"/> below 1.</exception>
    [Alias("GetClosedConcerns")]
    Task<ClosedConcernPage> GetClosedConcernsAsync(long? before, int take);

    /// <summary>Records the concern, then hands it to the barnkontakt's inbox before returning.</summary>
    /// <summary>
    /// Whether this child is registered with the personnummer whose index key is
    /// <paramref name="indexKey"/>: the index asks before it honours an old claim. Interleaved, so
    /// a registration in progress (which waits on the index) answers too.
    /// </summary>
    [Alias("HoldsPersonnummer"), AlwaysInterleave]
    Task<bool> HoldsPersonnummerAsync(string indexKey);

    [Alias("RaiseConcern")]
    Task<ConcernView> RaiseConcernAsync(NewConcern concern);

    [Alias("AcknowledgeConcern")]
    Task<ChildSnapshot> AcknowledgeConcernAsync(Guid concernId, string actorId);

    /// <param name="outcome">Handled (with what was done) or ReferredToTeam (with why).</param>
    [Alias("CloseConcern")]
    Task<ChildSnapshot> CloseConcernAsync(Guid concernId, ConcernStatus outcome, string whatWasDone, string actorId);

    [Alias("RecordMandatoryReport")]
    Task<ChildSnapshot> RecordMandatoryReportAsync(Guid concernId, string madeBy, DateTimeOffset madeAt, string actorId);

    [Alias("ProposeHandover")]
    Task<ChildSnapshot> ProposeHandoverAsync(NewHandover handover, string actorId);

    [Alias("AcceptHandover")]
    Task<ChildSnapshot> AcceptHandoverAsync(string actorId);

    [Alias("WithdrawHandover")]
    Task<ChildSnapshot> WithdrawHandoverAsync(string actorId);

    [Alias("DeclineSupport")]
    Task<ChildSnapshot> DeclineSupportAsync(string? reason, string actorId);

    [Alias("WithdrawSupportDecline")]
    Task<ChildSnapshot> WithdrawSupportDeclineAsync(string actorId);

    [Alias("RecordAssessment")]
    Task<AssessmentView> RecordAssessmentAsync(NewAssessment assessment, string actorId);

    [Alias("AddPlanAction")]
    Task<PlanChangeResult> AddPlanActionAsync(PlanActionInput action, long expectedPlanVersion, string actorId);

    [Alias("UpdatePlanAction")]
    Task<PlanChangeResult> UpdatePlanActionAsync(Guid actionId, PlanActionInput action, long expectedPlanVersion, string actorId);

    [Alias("UpdatePlanDetails")]
    Task<PlanChangeResult> UpdatePlanDetailsAsync(PlanDetails details, long expectedPlanVersion, string actorId);

    [Alias("RecordConsent")]
    Task<ConsentView> RecordConsentAsync(ConsentGrant grant, string actorId);

    [Alias("RevokeConsent")]
    Task<ChildSnapshot> RevokeConsentAsync(Guid consentId, string actorId);

    /// <summary>The barnkontakt links guardian <paramref name="guardianNumber"/> to their personnummer, so they can sign in with their e-identification; only its HMAC is kept.</summary>
    [Alias("LinkGuardianIdentity")]
    Task LinkGuardianIdentityAsync(int guardianNumber, string personnummer, string actorId);

    /// <summary>Every meeting about the child, open or held.</summary>
    [Alias("GetSessionIds")]
    Task<IReadOnlyList<Guid>> GetSessionIdsAsync();

    /// <summary>Consent as the family sees it, for these agency kinds (those in a meeting).</summary>
    [Alias("GetFamilyConsents")]
    Task<IReadOnlyList<Family.FamilyConsentState>> GetFamilyConsentsAsync(IReadOnlyList<Domain.AgencyKind> agencies, Family.FamilyConsentRule rule);

    /// <summary>A guardian says yes (or, with <paramref name="given"/> false, no more) to sharing with one agency kind, from their own device.</summary>
    [Alias("SetFamilyConsent")]
    Task<IReadOnlyList<Family.FamilyConsentState>> SetFamilyConsentAsync(Domain.AgencyKind agency, int guardianNumber, bool given, Family.FamilyConsentRule rule, IReadOnlyList<Domain.AgencyKind> agencies);

    /// <summary>Commits a closed meeting's outcome in one step; applying the same session again changes nothing.</summary>
    [Alias("ApplyTeamSession")]
    Task<ChildSnapshot> ApplyTeamSessionAsync(Sessions.TeamSessionOutcome outcome);

    /// <summary>A meeting about the child was convened: until it closes, consent changes are passed on to it.</summary>
    [Alias("TrackOpenSession")]
    Task TrackOpenSessionAsync(Guid sessionId);

    /// <summary>Adds a linked forum (null id) or updates one.</summary>
    [Alias("SaveLinkedProcess")]
    Task<LinkedProcessView> SaveLinkedProcessAsync(Guid? processId, LinkedProcessInput process, string actorId);

    /// <summary>The anonymous facts the pilot statistics keep about this child (used by their full rebuild).</summary>
    [Alias("GetEvaluationFacts")]
    Task<Evaluation.ChildFacts> GetEvaluationFactsAsync();

    /// <summary>The behovskompass over time, the plan's actions and the follow-up status as of today.</summary>
    [Alias("GetFollowUp")]
    Task<FollowUp.ChildFollowUp> GetFollowUpAsync();

    /// <summary>The responsible for an action (or a plan editor) moves its status on, from their own list.</summary>
    [Alias("SetPlanActionStatus")]
    Task<PlanChangeResult> SetPlanActionStatusAsync(Guid actionId, PlanActionStatus status, long expectedPlanVersion, string actorId);

    /// <summary>Subscribes or renews a web node's observer; a subscription lapses unless renewed within its lifetime.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IChildObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IChildObserver observer);

    /// <summary>
    /// A begäran om insats from the barnkontakt or stödsamordnare to a kind of agency; refused before
    /// anything is stored unless the guardians' consent covers that agency kind today.
    /// </summary>
    [Alias("SendSupportRequest")]
    Task<SupportRequests.SupportRequestView> SendSupportRequestAsync(SupportRequests.SupportRequestInput request, string actorId);

    /// <summary>The receiving agency's intake accepts: the request becomes a plan action assigned to them.</summary>
    [Alias("AcceptSupportRequest")]
    Task<SupportRequests.SupportRequestView> AcceptSupportRequestAsync(Guid requestId, string actorId);

    /// <summary>The receiving agency's intake declines with a reason the sender will read.</summary>
    [Alias("DeclineSupportRequest")]
    Task<SupportRequests.SupportRequestView> DeclineSupportRequestAsync(Guid requestId, string reason, string actorId);
}
