using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Professionals;
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
        group.MapGet("/sessions", async (ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetSessionInvitationsAsync())).WithName("GetMySessions");
        group.MapGet("/assignments", async (ClaimsPrincipal user, IClusterClient orleans) =>
            TypedResults.Ok(await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetAssignmentsAsync())).WithName("GetMyAssignments");
        group.MapInboxEndpoints();
        group.MapNoticeSettingsEndpoints();
        return group;
    }

    private static Results<Ok<Professional>, NotFound> GetMe(ClaimsPrincipal user, ProfessionalDirectory directory) =>
        directory.Find(user.ProfessionalId()) is { } me ? TypedResults.Ok(me) : TypedResults.NotFound();

    private static async Task<Ok<IReadOnlyList<CaseloadEntry>>> GetChildrenAsync(ClaimsPrincipal user, IClusterClient orleans) =>
        TypedResults.Ok(await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetCaseloadAsync());

    private static async Task<Ok<IReadOnlyList<ConcernAlert>>> GetConcernsAsync(ClaimsPrincipal user, IClusterClient orleans) =>
        TypedResults.Ok(await orleans.GetGrain<IProfessionalGrain>(user.ProfessionalId()).GetOpenConcernAlertsAsync());
}
