using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Open → Acknowledged → Handled | ReferredToTeam, and the orosanmälan record.</summary>
internal static class ConcernLifecycle
{
    public const int OutcomeMaxLength = 4000;

    public static ConcernView Raise(ChildState state, NewConcern concern, DateTimeOffset now, DateTimeOffset escalateAt)
    {
        var valid = ChildRules.Validate(concern);
        var raised = new ConcernView(Guid.NewGuid(), valid.ReporterId, valid.Text, valid.Areas, now, ConcernStatus.Open)
        {
            Source = valid.Source,
            OnBehalfOfGuardian = valid.OnBehalfOfGuardian,
            RaisedWhileSupportDeclined = state.SupportDeclined is not null,
            MandatoryReportRequired = valid.ChildMayBeAtRisk,
            EscalateAt = escalateAt,

            // The commit that records this raises the version by exactly one.
            RecordVersion = state.Version + 1,
        };
        state.Concerns.Add(raised);
        return raised;
    }

    public static ConcernView Acknowledge(ChildState state, Guid concernId, string actorId, DateTimeOffset now)
    {
        ChildAccess.RequireContact(state, actorId, "acknowledge a concern");
        return Replace(state, concernId, ConcernStatus.Open, ConcernStatus.Acknowledged, c => c with
        {
            Status = ConcernStatus.Acknowledged,
            AcknowledgedBy = actorId,
            AcknowledgedAt = now,
        });
    }

    public static ConcernView Close(ChildState state, Guid concernId, ConcernStatus outcome, string whatWasDone, string actorId, DateTimeOffset now)
    {
        if (outcome is not (ConcernStatus.Handled or ConcernStatus.ReferredToTeam))
        {
            throw new DomainRuleException("outcome", "must be Handled or ReferredToTeam.", ErrorCodes.FieldUnknownValue);
        }

        var text = RequiredText.Validate("whatWasDone", whatWasDone, OutcomeMaxLength);
        ChildAccess.RequireContact(state, actorId, "close a concern");

        // "Barnet kan vara i fara": the orosanmälan to social services comes first (SoL 14 kap. 1 §);
        // the record must show it was made before the concern can be closed either way.
        if (Find(state, concernId) is { MandatoryReportRequired: true, MandatoryReport: null })
        {
            throw new StateConflictException(
                "The reporter marked that the child may be at risk: record the orosanmälan to social services before closing the concern.",
                state.Version,
                ErrorCodes.ConcernMandatoryReportMissing,
                ErrorCodes.Args(("concernId", concernId)));
        }

        return Replace(state, concernId, ConcernStatus.Acknowledged, outcome, c => c with { Status = outcome, Outcome = text, ClosedAt = now });
    }

    public static ConcernView RecordMandatoryReport(ChildState state, Guid concernId, string madeBy, DateTimeOffset madeAt, string actorId, DateTimeOffset now)
    {
        var concern = Find(state, concernId);
        if (actorId != concern.ReporterId && actorId != state.ChildContactId)
        {
            throw new NotPermittedException("Only the reporter or the barnkontakt may record that an orosanmälan was made.", ErrorCodes.AccessReporterOrContactOnly);
        }

        if (concern.MandatoryReport is not null)
        {
            throw new StateConflictException("An orosanmälan is already recorded for this concern.", state.Version, ErrorCodes.ConcernMandatoryReportExists);
        }

        if (madeAt > now)
        {
            throw new DomainRuleException("madeAt", "must not be in the future.", ErrorCodes.FieldInFuture);
        }

        var report = new MandatoryReport(RequiredText.Validate("madeBy", madeBy, 200), madeAt, actorId);
        var updated = concern with { MandatoryReport = report, MandatoryReportRequired = true };
        state.Concerns[state.Concerns.IndexOf(concern)] = updated;
        return updated;
    }

    private static ConcernView Replace(ChildState state, Guid concernId, ConcernStatus requiredStatus, ConcernStatus target, Func<ConcernView, ConcernView> change)
    {
        var concern = Find(state, concernId);
        if (concern.Status != requiredStatus)
        {
            throw new StateConflictException($"A concern that is {concern.Status} cannot become {target}; it must be {requiredStatus} first.", state.Version, ErrorCodes.ConcernWrongStatus, ErrorCodes.Args(("status", concern.Status), ("target", target), ("required", requiredStatus)));
        }

        var updated = change(concern);
        state.Concerns[state.Concerns.IndexOf(concern)] = updated;
        return updated;
    }

    private static ConcernView Find(ChildState state, Guid concernId) =>
        state.Concerns.FirstOrDefault(c => c.ConcernId == concernId)
        ?? throw new DomainRuleException("concernId", $"no concern {concernId} on this child.", ErrorCodes.ConcernNotFound);
}
