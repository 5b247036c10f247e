using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Plans;

namespace BackaBarnet.Live.Web.Access;

/// <summary>Cuts a record down to the view a decision allows. Whatever is not copied here never leaves the web node.</summary>
public static class ChildRecordRedaction
{
    public static ChildSnapshot For(ChildSnapshot child, ChildAccessDecision decision, string professionalId)
    {
        // What the caller may do is decided on the whole record, by the rules the grain enforces.
        var access = new RecordAccess(decision.Relation.ToString(), decision.View.ToString(), decision.ConsentBasis)
        {
            Allowed = ChildPermissions.AllowedFor(child, professionalId),
        };
        return decision.View switch
        {
            ChildView.Full => child with { Access = access },
            ChildView.Participation => Participation(child, professionalId) with { Access = access },
            _ => HandoverSummary(child, professionalId) with { Access = access },
        };
    }

    /// <summary>The plan as a view shows it: whole, one's own actions only, or not at all.</summary>
    public static PlanView? PlanFor(PlanView plan, ChildAccessDecision decision, string professionalId) => decision.View switch
    {
        ChildView.Full => plan,
        ChildView.Participation => OwnActions(plan, professionalId),
        _ => null,
    };

    private static ChildSnapshot Participation(ChildSnapshot child, string professionalId)
    {
        var ownConcerns = child.Concerns.Where(c => c.ReporterId == professionalId).ToArray();
        return new ChildSnapshot(child.ChildId, child.DisplayName, child.ChildContactId, ownConcerns.Where(c => c.IsOpen).ToArray(), child.Version)
        {
            ContactRole = child.ContactRole,
            AgeBand = child.AgeBand,
            Concerns = ownConcerns,
            ArchivedHandledConcerns = child.ArchivedHandledConcerns,
            Plan = OwnActions(child.Plan, professionalId),
            TeamMeetings = child.TeamMeetings.Select(m => m with { Minutes = null }).ToArray(),
        };
    }

    /// <summary>The summary a former barnkontakt handed over: the history entry of whoever took over from them.</summary>
    private static ChildSnapshot HandoverSummary(ChildSnapshot child, string professionalId)
    {
        var handedOver = child.ContactHistory
            .Zip(child.ContactHistory.Skip(1))
            .Where(pair => pair.First.ProfessionalId == professionalId)
            .Select(pair => pair.Second)
            .ToArray();
        return new ChildSnapshot(child.ChildId, child.DisplayName, child.ChildContactId, [], child.Version)
        {
            ContactRole = child.ContactRole,
            ContactHistory = handedOver,
        };
    }

    private static PlanView? OwnActions(PlanView? plan, string professionalId) => plan is null
        ? null
        : new PlanView(
            plan.Version,
            new PlanDetails([], null, null, plan.Details.NextFollowUp, plan.Details.SupportCoordinatorId),
            plan.Actions.Where(a => a.ResponsibleId == professionalId).ToArray(),
            []);
}
