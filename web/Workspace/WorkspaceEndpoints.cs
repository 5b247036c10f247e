using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Workspace;

/// <summary>
/// The lists of the workspace: the people (by name), "Mina barn", "Möten" and "Mina insatser".
/// Each child they touch is read through the caller's own relation and audited like every read.
/// </summary>
public static class WorkspaceEndpoints
{
    public static void MapWorkspaceEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/people", (ProfessionalDirectory directory) => TypedResults.Ok(directory.All.OrderBy(p => p.Name).Select(View).ToArray()))
            .RequireAuthorization().WithTags("Professionals").WithName("ListPeople");

        var me = routes.MapGroup("/api/me").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Me");
        me.MapGet("/overview/children", ChildrenAsync).WithName("GetMyChildrenOverview");
        me.MapGet("/overview/meetings", MeetingsAsync).WithName("GetMyMeetingsOverview");
        me.MapGet("/overview/actions", ActionsAsync).WithName("GetMyActions");
    }

    public static PersonView View(Professional p) => new(
        p.Id, p.Name, p.Title, p.Unit, p.Agency, AgencyKinds.OfDirectoryAgency(p.Agency)?.ToString(), Practitioners.IsPractitioner(p), p.ContactRole is not null, p.Roles);

    private static async Task<Ok<ChildOverview[]>> ChildrenAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit, TimeProvider time)
    {
        var meId = user.ProfessionalId();
        var professional = orleans.GetGrain<IProfessionalGrain>(meId);
        var ids = (await professional.GetCaseloadAsync()).Select(c => c.ChildId)
            .Concat((await professional.GetAssignmentsAsync()).Select(a => a.ChildId))
            .Distinct();
        var today = SwedishDate.Today(time);
        var rows = new List<ChildOverview>();
        foreach (var childId in ids)
        {
            if (await ReadAsync(orleans, user, audit, childId, "the overview") is not { } read)
            {
                continue;
            }

            var (child, decision) = read;
            var plan = child.Plan;
            rows.Add(new ChildOverview(
                childId,
                child.DisplayName,
                child.Age,
                decision.Relation.ToString(),
                child.Concerns.Count(c => c.IsOpen),
                child.Concerns.Count(c => c.Status == ConcernStatus.Open),
                plan?.Details.NextFollowUp,
                plan?.Details.NextFollowUp is { } next && next < today,
                plan?.Actions.Count(a => IsOverdue(a, today)) ?? 0,
                child.PendingHandover?.Handover.ToProfessionalId == meId));
        }

        return TypedResults.Ok(rows.OrderBy(r => r.DisplayName, StringComparer.Create(new System.Globalization.CultureInfo("sv-SE"), true)).ToArray());
    }

    private static async Task<Ok<MeetingOverview[]>> MeetingsAsync(ClaimsPrincipal user, IClusterClient orleans)
    {
        var meId = user.ProfessionalId();
        var rows = new List<MeetingOverview>();
        foreach (var invitation in await orleans.GetGrain<IProfessionalGrain>(meId).GetSessionInvitationsAsync())
        {
            // Only the status is taken from the meeting; nothing of its children leaves this method.
            SessionStatus? status;
            var scheduledAt = invitation.ScheduledAt;
            try
            {
                // The time too: a rescheduled meeting shows its new time.
                var session = await orleans.GetGrain<ITeamSessionGrain>(invitation.SessionId).GetSnapshotAsync(meId);
                (status, scheduledAt) = (session.Status, session.ScheduledAt);
            }
            catch (GrainInterfaces.Domain.NotPermittedException)
            {
                status = null;
            }

            rows.Add(new MeetingOverview(
                invitation.SessionId, invitation.Kind, scheduledAt, status, invitation.ConvenerId, invitation.ConvenerId == meId, invitation.ChildNames, invitation.ChildIds));
        }

        return TypedResults.Ok(rows.OrderBy(r => r.ScheduledAt).ToArray());
    }

    private static async Task<Ok<MyAction[]>> ActionsAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit, TimeProvider time)
    {
        var meId = user.ProfessionalId();
        var today = SwedishDate.Today(time);
        var childIds = (await orleans.GetGrain<IProfessionalGrain>(meId).GetAssignmentsAsync()).Select(a => a.ChildId).Distinct();
        var rows = new List<MyAction>();
        foreach (var childId in childIds)
        {
            if (await ReadAsync(orleans, user, audit, childId, "their own plan actions") is not { } read || read.Child.Plan is not { } plan)
            {
                continue;
            }

            rows.AddRange(plan.Actions.Where(a => a.ResponsibleId == meId).Select(a => new MyAction(
                childId, read.Child.DisplayName, a.ActionId, a.What, a.Agency, a.Due, a.Status, IsOverdue(a, today), plan.Version, a.ChangedBy, a.ChangedAt)));
        }

        return TypedResults.Ok(rows.OrderBy(r => r.Due ?? DateOnly.MaxValue).ToArray());
    }

    private static bool IsOverdue(PlanActionView action, DateOnly today) =>
        action.Due is { } due && due < today && action.Status is PlanActionStatus.Planned or PlanActionStatus.Active;

    /// <summary>The child as the caller may see it, audited; null when the relation has ended (the list simply leaves it out).</summary>
    private static async Task<(ChildSnapshot Child, ChildAccessDecision Decision)?> ReadAsync(
        IClusterClient orleans, ClaimsPrincipal user, AuditTrail audit, Guid childId, string what)
    {
        var snapshot = await CallerAccess.TryGetSnapshotAsync(orleans.GetGrain<IChildGrain>(childId));
        var decision = snapshot is null ? null : await CallerAccess.DecideAsync(orleans, user, snapshot);
        if (decision is null)
        {
            return null;
        }

        await audit.ChildAccessedAsync(user, $"read {what} of", childId, decision.Through);
        return (ChildRecordRedaction.For(snapshot!, decision, user.ProfessionalId()), decision);
    }
}
