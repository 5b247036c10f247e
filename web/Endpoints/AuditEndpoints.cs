using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Loggkontroll: who accessed a child, and what a professional accessed, over a period, and whether each log is unchanged. Auditors only.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").RequireAuthorization(AuthRoles.Auditor).WithTags("Loggkontroll");
        group.MapGet("/children/{childId:guid}", async (Guid childId, DateTimeOffset? from, DateTimeOffset? to, AuditTable log) =>
            Entries(await log.ForChildAsync(childId, from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue))).WithName("AuditOfChild");
        group.MapGet("/professionals/{professionalId}", async (string professionalId, DateTimeOffset? from, DateTimeOffset? to, AuditTable log) =>
            Entries(await log.ForProfessionalAsync(professionalId, from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue))).WithName("AuditOfProfessional");

        // The hash chain of each log: intact, or the first row changed or removed behind the product's back.
        group.MapGet("/children/{childId:guid}/verification", async (Guid childId, AuditTable log) =>
            TypedResults.Ok(await log.VerifyAsync(AuditRows.ChildPartition(childId)))).WithName("VerifyAuditOfChild");
        group.MapGet("/professionals/{professionalId}/verification", async (string professionalId, AuditTable log) =>
            TypedResults.Ok(await log.VerifyAsync(AuditRows.ProfessionalPartition(professionalId)))).WithName("VerifyAuditOfProfessional");
    }

    private static Ok<IReadOnlyList<AuditEntry>> Entries(IReadOnlyList<AuditEntry> entries) => TypedResults.Ok(entries);
}
