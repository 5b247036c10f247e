using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>The signed-in professional's own view: who they are, their children and the concerns waiting for them.</summary>
public static class MeEndpoints
{
    public static RouteGroupBuilder MapMeEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/me").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Me");
        group.MapGet("/", GetMe).WithName("GetMe").WithMetadata(EvaluatorsReachNoChild.Allowed);
        group.MapGet("/children", GetChildrenAsync).WithName("GetMyChildren");
        group.MapGet("/concerns", GetConcernsAsync).WithName("GetMyConcerns");
        group.MapGet("/sessions", GetSessionsAsync).WithName("GetMySessions");
        group.MapGet("/assignments", GetAssignmentsAsync).WithName("GetMyAssignments");
        group.MapInboxEndpoints();
        group.MapNoticeSettingsEndpoints();
        return group;
    }

    private static Results<Ok<Professional>, NotFound> GetMe(ClaimsPrincipal user, ProfessionalDirectory directory) =>
        directory.Find(user.ProfessionalId()) is { } me ? TypedResults.Ok(me) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<CaseloadEntry>>> GetChildrenAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var caseload = await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetCaseloadAsync();
        await audit.ListedAsync(user, "listed in own caseload", caseload.Select(c => c.ChildId), "as barnkontakt");
        return TypedResults.Ok(caseload);
    }

    private static async Task<Ok<IReadOnlyList<SessionInvitation>>> GetSessionsAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var invitations = await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetSessionInvitationsAsync();
        await audit.ListedAsync(user, "listed among own meeting invitations", invitations.SelectMany(i => i.ChildIds), "as invited participant");
        return TypedResults.Ok(invitations);
    }

    private static async Task<Ok<IReadOnlyList<ActionAssignment>>> GetAssignmentsAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var assignments = await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetAssignmentsAsync();
        await audit.ListedAsync(user, "listed among own plan actions", assignments.Select(a => a.ChildId), "as responsible for a plan action");
        return TypedResults.Ok(assignments);
    }

    /// <summary>
    /// Concern texts are the record's: an alert is shown only while the access policy gives the
    /// caller the full record of its child now, and each child shown is audited with that relation.
    /// </summary>
    private static async Task<Ok<IReadOnlyList<ConcernAlert>>> GetConcernsAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var alerts = await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetOpenConcernAlertsAsync();
        var shown = new List<ConcernAlert>();
        foreach (var child in alerts.GroupBy(a => a.ChildId))
        {
            var snapshot = await CallerAccess.TryGetSnapshotAsync(orleans.GetGrain<IChildGrain>(child.Key));
            if (snapshot is not null && await CallerAccess.DecideAsync(orleans, user, snapshot) is { View: ChildView.Full } decision)
            {
                shown.AddRange(child);
                await audit.ChildAccessedAsync(user, "read the open concern alerts about", child.Key, decision.Through);
            }
        }

        return TypedResults.Ok<IReadOnlyList<ConcernAlert>>(shown);
    }
}
