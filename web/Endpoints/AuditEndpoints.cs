using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Loggkontroll: who accessed a child, and what a professional accessed, over a period, and whether each log is unchanged. Auditors only.</summary>
public static class AuditEndpoints
{
    public static void MapAuditEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/audit").RequireAuthorization(AuthRoles.Auditor).WithTags("Loggkontroll");
        // The auditors' own reads are audited too (read first, so a read does not list itself).
        group.MapGet("/children/{childId:guid}", async (Guid childId, DateTimeOffset? from, DateTimeOffset? to, AuditTable log, AuditTrail audit, ClaimsPrincipal user) =>
        {
            var entries = await log.ForChildAsync(childId, from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue);
            await audit.ChildAccessedAsync(user, "read the audit log of", childId, AsAuditor);
            return Entries(entries);
        }).WithName("AuditOfChild");
        group.MapGet("/professionals/{professionalId}", async (string professionalId, DateTimeOffset? from, DateTimeOffset? to, AuditTable log, AuditTrail audit, ClaimsPrincipal user) =>
        {
            var entries = await log.ForProfessionalAsync(professionalId, from ?? DateTimeOffset.MinValue, to ?? DateTimeOffset.MaxValue);
            await audit.AccessedAsync(user, $"read the audit log of professional {professionalId}", AsAuditor);
            return Entries(entries);
        }).WithName("AuditOfProfessional");

        // The hash chain of each log: intact, or the first row changed or removed behind the product's back.
        group.MapGet("/children/{childId:guid}/verification", async (Guid childId, AuditTable log, AuditTrail audit, ClaimsPrincipal user) =>
        {
            var report = await log.VerifyAsync(AuditRows.ChildPartition(childId));
            await audit.ChildAccessedAsync(user, "verified the audit log of", childId, AsAuditor);
            return TypedResults.Ok(report);
        }).WithName("VerifyAuditOfChild");
        group.MapGet("/professionals/{professionalId}/verification", async (string professionalId, AuditTable log, AuditTrail audit, ClaimsPrincipal user) =>
        {
            var report = await log.VerifyAsync(AuditRows.ProfessionalPartition(professionalId));
            await audit.AccessedAsync(user, $"verified the audit log of professional {professionalId}", AsAuditor);
            return TypedResults.Ok(report);
        }).WithName("VerifyAuditOfProfessional");
        group.MapRecordExtract();
    }

    private const string AsAuditor = "as loggkontrollant";

    private static Ok<IReadOnlyList<AuditEntry>> Entries(IReadOnlyList<AuditEntry> entries) => TypedResults.Ok(entries);
}
