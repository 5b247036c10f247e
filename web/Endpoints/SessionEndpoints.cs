using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Convening, opening and closing barnteam meetings; the live part is on the hub.</summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sessions").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Team sessions");
        group.MapPost("/", ConveneAsync).WithName("ConveneSession");
        group.MapGet("/{sessionId:guid}", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans) =>
            SessionAsync(orleans, sessionId, s => s.GetSnapshotAsync(user.ProfessionalId()))).WithName("GetSession");
        group.MapPost("/{sessionId:guid}/open", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans) =>
            SessionAsync(orleans, sessionId, s => s.OpenAsync(user.ProfessionalId()))).WithName("OpenSession");
        group.MapPost("/{sessionId:guid}/close", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans) =>
            SessionAsync(orleans, sessionId, s => s.CloseAsync(user.ProfessionalId()))).WithName("CloseSession");
        return group;
    }

    private static async Task<Created<SessionSnapshot>> ConveneAsync(
        NewTeamSession request, ClaimsPrincipal user, IClusterClient orleans, ProfessionalDirectory directory, AuditTrail audit)
    {
        var sessionId = Guid.NewGuid();
        var snapshot = await orleans.GetGrain<ITeamSessionGrain>(sessionId).ConveneAsync(WithConvener(request, directory, user.ProfessionalId()), user.ProfessionalId());
        foreach (var child in snapshot.Agenda)
        {
            await audit.ChildAccessedAsync(user, $"convened team session {sessionId} about", child.ChildId);
        }

        return TypedResults.Created($"/api/sessions/{sessionId}", snapshot);
    }

    /// <summary>The convener takes part under their own name, agency and title, as the directory knows them.</summary>
    private static NewTeamSession WithConvener(NewTeamSession request, ProfessionalDirectory directory, string convenerId)
    {
        var participants = request.Participants ?? [];
        if (participants.Any(p => p?.ParticipantId == convenerId) || directory.Find(convenerId) is not { } me)
        {
            return request;
        }

        return request with { Participants = [new InvitedParticipant(me.Id, me.Name, me.Agency, me.Title, ParticipantKind.Professional), .. participants] };
    }

    private static async Task<Ok<SessionSnapshot>> SessionAsync(IClusterClient orleans, Guid sessionId, Func<ITeamSessionGrain, Task<SessionSnapshot>> call) =>
        TypedResults.Ok(await call(orleans.GetGrain<ITeamSessionGrain>(sessionId)));
}
