using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Concerns (oro): raised by any professional, then acknowledged and closed by the barnkontakt.</summary>
public static class ConcernEndpoints
{
    public static void MapConcernEndpoints(this RouteGroupBuilder children)
    {
        children.MapPost("/{childId:guid}/concerns", RaiseAsync).WithName("RaiseConcern").RequireRateLimiting(RequestLimits.ConcernPolicy);
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/acknowledge", (Guid childId, Guid concernId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "acknowledged a concern about", (child, me) => child.AcknowledgeConcernAsync(concernId, me)))
            .WithName("AcknowledgeConcern");
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/close", (Guid childId, Guid concernId, CloseConcernRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "closed a concern about", (child, me) => child.CloseConcernAsync(
                concernId, request.Outcome ?? throw new DomainRuleException("outcome", "is required (Handled or ReferredToTeam)."), request.WhatWasDone ?? "", me)))
            .WithName("CloseConcern");
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/mandatory-report", (Guid childId, Guid concernId, MandatoryReportRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded an orosanmälan for", (child, me) => child.RecordMandatoryReportAsync(
                concernId, request.MadeBy ?? "", request.MadeAt ?? throw new DomainRuleException("madeAt", "is required."), me)))
            .WithName("RecordMandatoryReport");
    }

    private static async Task<Created<ConcernView>> RaiseAsync(
        Guid childId, RaiseConcernRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var concern = new NewConcern(
            user.ProfessionalId(), request.Text ?? "", ParseAreas(request.Areas), request.Source, request.ChildMayBeAtRisk, request.OnBehalfOfGuardian);
        var raised = await orleans.GetGrain<IChildGrain>(childId).RaiseConcernAsync(concern);
        await audit.ChildAccessedAsync(user, "raised a concern about", childId);
        return TypedResults.Created($"/api/children/{childId}/concerns/{raised.ConcernId}", raised);
    }

    private static NeedsArea[] ParseAreas(string[]? names)
    {
        if (names is null)
        {
            return [];
        }

        var areas = new NeedsArea[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            if (!NeedsAreas.TryParse(names[i], out areas[i]))
            {
                throw new DomainRuleException($"areas[{i}]", $"'{names[i]}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.");
            }
        }

        return areas;
    }
}
