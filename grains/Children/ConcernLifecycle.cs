using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>Open → Acknowledged → Handled | ReferredToTeam, and the orosanmälan record.</summary>
internal static class ConcernLifecycle
{
    public const int OutcomeMaxLength = 4000;

    public static ConcernView Raise(ChildState state, NewConcern concern, DateTimeOffset now)
    {
        var valid = ChildRules.Validate(concern);
        var raised = new ConcernView(Guid.NewGuid(), valid.ReporterId, valid.Text, valid.Areas, now, ConcernStatus.Open)
        {
            Source = valid.Source,
            OnBehalfOfGuardian = valid.OnBehalfOfGuardian,
            RaisedWhileSupportDeclined = state.SupportDeclined is not null,
            MandatoryReportRequired = valid.ChildMayBeAtRisk,

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
            throw new DomainRuleException("outcome", "must be Handled or ReferredToTeam.");
        }

        var text = RequiredText.Validate("whatWasDone", whatWasDone, OutcomeMaxLength);
        ChildAccess.RequireContact(state, actorId, "close a concern");
        return Replace(state, concernId, ConcernStatus.Acknowledged, outcome, c => c with { Status = outcome, Outcome = text, ClosedAt = now });
    }

    public static ConcernView RecordMandatoryReport(ChildState state, Guid concernId, string madeBy, DateTimeOffset madeAt, string actorId, DateTimeOffset now)
    {
        var concern = Find(state, concernId);
        if (actorId != concern.ReporterId && actorId != state.ChildContactId)
        {
            throw new NotPermittedException("Only the reporter or the barnkontakt may record that an orosanmälan was made.");
        }

        if (concern.MandatoryReport is not null)
        {
            throw new StateConflictException("An orosanmälan is already recorded for this concern.", state.Version);
        }

        if (madeAt > now)
        {
            throw new DomainRuleException("madeAt", "must not be in the future.");
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
            throw new StateConflictException($"A concern that is {concern.Status} cannot become {target}; it must be {requiredStatus} first.", state.Version);
        }

        var updated = change(concern);
        state.Concerns[state.Concerns.IndexOf(concern)] = updated;
        return updated;
    }

    private static ConcernView Find(ChildState state, Guid concernId) =>
        state.Concerns.FirstOrDefault(c => c.ConcernId == concernId)
        ?? throw new DomainRuleException("concernId", $"no concern {concernId} on this child.");
}
