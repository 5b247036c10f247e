using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.SupportRequests;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Endpoints;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.SupportRequests;

/// <summary>
/// Begäran om insats: the barnkontakt or stödsamordnare sends it from the child's record; the
/// receiving agency's intake sees it in its queue and accepts or declines it. The child grain
/// decides who may do each step (including the consent check); every step is audited.
/// </summary>
public static class SupportRequestEndpoints
{
    public sealed record DeclineSupportRequest(string? Reason);

    /// <summary>A waiting request as the intake's queue shows it.</summary>
    public sealed record QueuedRequest(Guid ChildId, string ChildDisplayName, SupportRequestView Request, string SenderName);

    public static void MapSupportRequestEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost("/api/children/{childId:guid}/support-requests", (Guid childId, SupportRequestInput request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "sent a request for support about", (child, me) => child.SendSupportRequestAsync(request, me)))
            .RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Support requests").WithName("SendSupportRequest");

        var group = routes.MapGroup("/api/support-requests").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Support requests");
        group.MapGet("/", QueueAsync).WithName("SupportRequestQueue");
        group.MapPost("/{childId:guid}/{requestId:guid}/accept", (Guid childId, Guid requestId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "accepted a request for support about", (child, me) => child.AcceptSupportRequestAsync(requestId, me)))
            .WithName("AcceptSupportRequest");
        group.MapPost("/{childId:guid}/{requestId:guid}/decline", (Guid childId, Guid requestId, DeclineSupportRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "declined a request for support about", (child, me) => child.DeclineSupportRequestAsync(requestId, request.Reason ?? "", me)))
            .WithName("DeclineSupportRequest");
    }

    /// <summary>The requests waiting for the caller's agency, for its intake only; each child on the list is audited.</summary>
    private static async Task<Results<Ok<QueuedRequest[]>, ForbidHttpResult>> QueueAsync(
        ClaimsPrincipal user, ProfessionalDirectory directory, IClusterClient orleans, AuditTrail audit)
    {
        var me = directory.Find(user.ProfessionalId());
        if (me is null || !me.Roles.Contains(DirectoryRoles.Intake) || AgencyKinds.OfDirectoryAgency(me.Agency) is not { } agency)
        {
            return TypedResults.Forbid();
        }

        var waiting = await orleans.GetGrain<ISupportRequestQueueGrain>((long)agency).GetAsync();
        var rows = new List<QueuedRequest>();
        foreach (var entry in waiting)
        {
            await audit.ChildAccessedAsync(user, "read a request for support about", entry.ChildId, $"as intake of {agency}, the guardians' consent for {agency} checked when it was sent");
            rows.Add(new QueuedRequest(entry.ChildId, entry.ChildDisplayName, entry.Request, directory.FindAny(entry.Request.SentBy)?.Name ?? entry.Request.SentBy));
        }

        return TypedResults.Ok(rows.ToArray());
    }
}
