namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// The stable machine codes every refusal carries next to its English text (ProblemDetails
/// <c>code</c>, HubException "[code]"). A code never changes meaning; a new rule gets a new code.
/// The UI has a Swedish sentence for each (web/wwwroot/js/errors.js; a test checks none is missing).
/// </summary>
public static class ErrorCodes
{
    public const string FieldInvalid = "field.invalid";
    public const string FieldRequired = "field.required";
    public const string FieldTooLong = "field.too-long";
    public const string FieldInvalidId = "field.invalid-id";
    public const string FieldUnknownValue = "field.unknown-value";
    public const string FieldOutOfRange = "field.out-of-range";
    public const string FieldInFuture = "field.in-future";
    public const string FieldBeforeOther = "field.before-other";
    public const string FieldDuplicate = "field.duplicate";
    public const string FieldTooMany = "field.too-many";
    public const string FieldEmail = "field.email";
    public const string FieldPhone = "field.phone";
    public const string FieldUnknownProfessional = "field.unknown-professional";
    public const string FieldNotAChildContact = "field.not-a-child-contact";
    public const string FieldNotAPractitioner = "field.not-a-practitioner";
    public const string FieldUnknownArea = "field.unknown-area";
    public const string FieldBelowMinimum = "field.below-minimum";
    public const string FieldHttpsLink = "field.https-link";

    public const string DirectoryCsvHeader = "directory.csv-header";
    public const string DirectoryCsvColumns = "directory.csv-columns";
    public const string DirectoryDuplicateId = "directory.duplicate-id";
    public const string DirectoryUnknownRole = "directory.unknown-role";
    public const string DirectoryUnknownAgency = "directory.unknown-agency";
    public const string DirectoryNotFound = "directory.not-found";
    public const string DirectoryTooManyRows = "directory.too-many-rows";
    public const string DirectoryImportRows = "directory.import-rows";

    public const string PersonnummerShape = "personnummer.shape";
    public const string PersonnummerPlusInLongForm = "personnummer.plus-in-long-form";
    public const string PersonnummerDate = "personnummer.date";
    public const string PersonnummerCheckDigit = "personnummer.check-digit";
    public const string PersonnummerFuture = "personnummer.future";
    public const string PersonnummerNotFound = "personnummer.not-found";

    public const string ChildDuplicatePersonnummer = "child.duplicate-personnummer";
    public const string ChildAlreadyRegistered = "child.already-registered";
    public const string ChildNotOnAgenda = "child.not-on-agenda";

    public const string ConcernWrongStatus = "concern.wrong-status";
    public const string ConcernMandatoryReportMissing = "concern.mandatory-report-missing";
    public const string ConcernMandatoryReportExists = "concern.mandatory-report-exists";
    public const string ConcernNotFound = "concern.not-found";
    /// <summary>An Idempotency-Key the reporter already used for a concern with other content.</summary>
    public const string ConcernIdempotencyKeyReused = "concern.idempotency-key-reused";

    public const string PlanStale = "plan.stale";
    public const string PlanActionNotFound = "plan.action-not-found";
    public const string PlanActionStatusMove = "plan.action-status-move";
    public const string PlanNewActionStatus = "plan.new-action-status";
    public const string PlanCoordinatorNotPractitioner = "plan.coordinator-not-practitioner";

    public const string HandoverAlreadyProposed = "handover.already-proposed";
    public const string HandoverNoneProposed = "handover.none-proposed";
    public const string HandoverAlreadyContact = "handover.already-contact";
    public const string HandoverLifePhase = "handover.life-phase";
    public const string HandoverEnrolmentRole = "handover.enrolment-role";

    public const string SupportAlreadyDeclined = "support.already-declined";
    public const string SupportNotDeclined = "support.not-declined";
    public const string SupportDeclined = "support.declined";

    public const string ConsentNotInForce = "consent.not-in-force";
    public const string LinkedProcessNotFound = "linked-process.not-found";

    public const string SessionNotFound = "session.not-found";
    public const string SessionAlreadyConvened = "session.already-convened";
    public const string SessionNotOpen = "session.not-open";
    public const string SessionNotScheduled = "session.not-scheduled";
    public const string SessionNeverOpened = "session.never-opened";
    public const string SessionWrongAgeBand = "session.wrong-age-band";
    public const string SessionNotAParticipant = "session.not-a-participant";

    public const string AccessNoRoleForChild = "access.no-role-for-child";
    public const string AccessNarrowerView = "access.narrower-view";
    public const string AccessNotPermitted = "access.not-permitted";
    public const string AccessContactOnly = "access.contact-only";
    public const string AccessPlanEditorOnly = "access.plan-editor-only";
    public const string AccessTeamMemberOnly = "access.team-member-only";
    public const string AccessReporterOrContactOnly = "access.reporter-or-contact-only";
    public const string AccessResponsibleOnly = "access.responsible-only";
    public const string AccessHandoverParties = "access.handover-parties";
    public const string AccessParticipantOnly = "access.participant-only";
    public const string AccessConvenerOnly = "access.convener-only";
    public const string AccessConsentRestricted = "access.consent-restricted";
    public const string AccessEvaluatorNoChild = "access.evaluator-no-child";
    public const string AccessCoordinatorContactOnly = "access.coordinator-contact-only";
    public const string AccessFamilyOwnChildOnly = "access.family-own-child-only";
    public const string FamilyGuardiansOnly = "family.guardians-only";
    public const string FamilyAgencyNotInMeeting = "family.agency-not-in-meeting";

    // Requests between agencies (begäran om insats, issue 20).
    public const string SupportRequestNoConsent = "support-request.no-consent";
    public const string SupportRequestNotFound = "support-request.not-found";
    public const string SupportRequestAnswered = "support-request.answered";
    public const string AccessIntakeOnly = "access.intake-only";

    public const string StateConflict = "state.conflict";
    public const string LimitsTooManyEdits = "limits.too-many-edits";
    public const string LimitsTooManyRequests = "limits.too-many-requests";
    public const string RequestUnreadable = "request.unreadable";
    public const string RequestTooLarge = "request.too-large";
    /// <summary>The storage service did not answer in time (503 with Retry-After); nothing was changed, or the change will show on the next read.</summary>
    public const string StorageUnavailable = "storage.unavailable";
    /// <summary>The request ran past its time limit (503 with Retry-After).</summary>
    public const string RequestTimeout = "request.timeout";

    /// <summary>A problem with no rule of its own gets "http.{status}" (e.g. http.401, http.429).</summary>
    public const string HttpPrefix = "http.";

    /// <summary>Named arguments for a code; values are strings (ids and numbers, never personal data).</summary>
    public static IReadOnlyDictionary<string, string> Args(params (string Name, object? Value)[] args) =>
        args.Where(a => a.Value is not null).ToDictionary(a => a.Name, a => Convert.ToString(a.Value, System.Globalization.CultureInfo.InvariantCulture)!);
}
