using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// Who may make which change to a child's record, decided once: the grain enforces these rules and
/// the web node tells the page the same answers (<see cref="RecordAccess.Allowed"/>), so the page
/// never offers a control the grain would refuse.
/// </summary>
public static class ChildPermissions
{
    public const string AcknowledgeConcern = "AcknowledgeConcern";
    public const string CloseConcern = "CloseConcern";
    public const string RecordMandatoryReport = "RecordMandatoryReport";
    public const string RecordAssessment = "RecordAssessment";
    public const string EditPlan = "EditPlan";
    public const string SetOwnActionStatus = "SetOwnActionStatus";
    public const string ProposeHandover = "ProposeHandover";
    public const string AnswerHandover = "AnswerHandover";
    public const string WithdrawHandover = "WithdrawHandover";
    public const string RecordDecline = "RecordDecline";
    public const string RecordConsent = "RecordConsent";
    public const string EditLinkedProcesses = "EditLinkedProcesses";
    public const string ConveneTeam = "ConveneTeam";
    public const string SendSupportRequest = "SendSupportRequest";

    public static bool IsContact(string childContactId, string actorId) => actorId == childContactId;

    /// <summary>The barnkontakt and the stödsamordnare hold the pen for the plan and the linked forums.</summary>
    public static bool IsPlanEditor(string childContactId, string? supportCoordinatorId, string actorId) =>
        actorId == childContactId || actorId == supportCoordinatorId;

    /// <summary>Anyone working with the child: barnkontakt, stödsamordnare or a responsible for a plan action.</summary>
    public static bool IsTeamMember(string childContactId, string? supportCoordinatorId, IEnumerable<string?> responsibleIds, string actorId) =>
        IsPlanEditor(childContactId, supportCoordinatorId, actorId) || responsibleIds.Contains(actorId);

    /// <summary>
    /// The stödsamordnare as far as their role opens anything: only while the holding agency or a
    /// guardian's consent in force covers their agency (so a revocation closes it at once); null otherwise.
    /// </summary>
    public static string? ActiveCoordinator(string? coordinatorId, AgencyKind? coordinatorAgency, ChildSharing sharing) =>
        coordinatorId is not null && sharing.Covers(coordinatorAgency) ? coordinatorId : null;

    /// <summary>What this caller may do with the record as it is now (full record, before any cut).</summary>
    public static IReadOnlyList<string> AllowedFor(ChildSnapshot child, string actorId)
    {
        var coordinator = ActiveCoordinator(child.Plan?.Details.SupportCoordinatorId, child.Plan?.SupportCoordinatorAgency, ChildSharing.Of(child));
        var responsible = child.Plan?.Actions.Select(a => a.ResponsibleId) ?? [];
        var contact = IsContact(child.ChildContactId, actorId);
        var allowed = new List<string>();
        if (contact)
        {
            allowed.AddRange([AcknowledgeConcern, CloseConcern, RecordDecline, RecordConsent]);
            if (child.PendingHandover is null)
            {
                allowed.Add(ProposeHandover);
            }

            if (child.CanConveneTeamSession)
            {
                allowed.Add(ConveneTeam);
            }
        }

        if (contact || child.Concerns.Any(c => c.ReporterId == actorId))
        {
            allowed.Add(RecordMandatoryReport);
        }

        if (IsTeamMember(child.ChildContactId, coordinator, responsible, actorId))
        {
            allowed.Add(RecordAssessment);
        }

        if (IsPlanEditor(child.ChildContactId, coordinator, actorId))
        {
            allowed.AddRange([EditPlan, EditLinkedProcesses, SendSupportRequest]);
        }

        if (responsible.Contains(actorId))
        {
            allowed.Add(SetOwnActionStatus);
        }

        if (child.PendingHandover is { } pending)
        {
            if (pending.Handover.ToProfessionalId == actorId)
            {
                allowed.Add(AnswerHandover);
            }

            if (contact || pending.ProposedBy == actorId || pending.Handover.ToProfessionalId == actorId)
            {
                allowed.Add(WithdrawHandover);
            }
        }

        return allowed;
    }
}
