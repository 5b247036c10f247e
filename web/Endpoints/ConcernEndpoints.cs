using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Hosting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Concerns (oro): raised by any professional, then acknowledged and closed by the barnkontakt.</summary>
public static class ConcernEndpoints
{
    /// <summary>Raising a concern by personnummer lives outside /api/children: the caller has no child id and no view.</summary>
    public static void MapConcernByPersonnummerEndpoint(this IEndpointRouteBuilder routes) =>
        routes.MapPost("/api/concerns", RaiseByPersonnummerAsync).RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>()
            .RequireRateLimiting(RequestLimits.ConcernPolicy)
            .WithTags("Children").WithName("RaiseConcernByPersonnummer");

    public static void MapConcernEndpoints(this RouteGroupBuilder children)
    {
        children.MapPost("/{childId:guid}/concerns", RaiseAsync).WithName("RaiseConcern").RequireRateLimiting(RequestLimits.ConcernPolicy);
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/acknowledge", (Guid childId, Guid concernId, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "acknowledged a concern about", (child, me) => child.AcknowledgeConcernAsync(concernId, me)))
            .WithName("AcknowledgeConcern");
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/close", (Guid childId, Guid concernId, CloseConcernRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "closed a concern about", (child, me) => child.CloseConcernAsync(
                concernId, request.Outcome ?? throw new DomainRuleException("outcome", "is required (Handled or ReferredToTeam).", ErrorCodes.FieldRequired), request.WhatWasDone ?? "", me)))
            .WithName("CloseConcern");
        children.MapPost("/{childId:guid}/concerns/{concernId:guid}/mandatory-report", (Guid childId, Guid concernId, MandatoryReportRequest request, [AsParameters] ChildCommand command) =>
            command.RunAsync(childId, "recorded an orosanmälan for", (child, me) => child.RecordMandatoryReportAsync(
                concernId, request.MadeBy ?? "", request.MadeAt ?? throw new DomainRuleException("madeAt", "is required.", ErrorCodes.FieldRequired), me)))
            .WithName("RecordMandatoryReport");
    }

    /// <summary>The header a client sends to make a retried submission the same concern (the UI sends one per form submission).</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    /// <summary>
    /// Any professional may raise a concern about a child they cannot read; the receipt says it
    /// reached the barnkontakt (it did, or it is in the child's outbox on its way). A retry with
    /// the same Idempotency-Key answers the same concern; the key with other content is a 409.
    /// </summary>
    private static async Task<Created<ConcernReceipt>> RaiseAsync(
        Guid childId, RaiseConcernRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey)
    {
        var concern = new NewConcern(
            user.ProfessionalId(), request.Text ?? "", ParseAreas(request.Areas), request.Source, request.ChildMayBeAtRisk, request.OnBehalfOfGuardian, idempotencyKey);
        var raised = await orleans.GetGrain<IChildGrain>(childId).RaiseConcernAsync(concern);
        await audit.ChildAccessedAsync(user, "raised a concern about", childId, "as upptäckare (no view of the record)");
        return TypedResults.Created(
            $"/api/children/{childId}/concerns/{raised.ConcernId}",
            new ConcernReceipt(raised.ConcernId, childId, raised.RaisedAt, ReachedChildContact: true, raised.MandatoryReportRequired,
                "Oron är registrerad och har nått barnets barnkontakt."));
    }

    /// <summary>The same, for a child known by personnummer; the number is used for the look-up and then forgotten.</summary>
    private static async Task<Results<Created<ConcernReceipt>, ProblemHttpResult>> RaiseByPersonnummerAsync(
        RaiseConcernByPersonnummerRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit,
        [FromHeader(Name = IdempotencyKeyHeader)] string? idempotencyKey)
    {
        var childId = await orleans.GetGrain<IChildRegistryGrain>(0).FindAsync(request.Personnummer ?? "");
        await audit.LookupAsync(user, childId);
        if (childId is not { } found)
        {
            return Errors.Problems.PersonnummerNotFound();
        }

        return await RaiseAsync(found, request.Concern, user, orleans, audit, idempotencyKey);
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
                throw new DomainRuleException($"areas[{i}]", $"'{names[i]}' is not a behovskompass area; use one of {NeedsAreas.AllNames}.", ErrorCodes.FieldUnknownArea);
            }
        }

        return areas;
    }
}
