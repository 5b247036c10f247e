using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// The record extract (loggutdrag, HSLF-FS 2016:40): for one child and a period, every access to
/// their record in time order — when, who (name, agency, care unit), what kind of access, allowed
/// or refused — for the loggkontrollant to hand to the family. The child is named by id, or by
/// personnummer in the body (never in a URL); the request itself is audited.
/// </summary>
public static class RecordExtractEndpoints
{
    public const int MaxPeriodDays = 3 * 366;

    public static void MapRecordExtract(this RouteGroupBuilder audit) =>
        audit.MapPost("/extract", ExtractAsync).WithName("RecordExtract");

    private static async Task<Results<Ok<RecordExtract>, ProblemHttpResult>> ExtractAsync(
        RecordExtractRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTable log, AuditTrail audit, ProfessionalDirectory directory)
    {
        var (from, to) = Period(request);
        Guid childId;
        if (request.ChildId is { } id)
        {
            childId = id;
        }
        else
        {
            var found = await orleans.GetGrain<IChildRegistryGrain>(0).FindAsync(request.Personnummer!);
            await audit.LookupAsync(user, found, "looked up a personnummer for a record extract");
            if (found is not { } byNumber)
            {
                return Errors.Problems.PersonnummerNotFound();
            }

            childId = byNumber;
        }

        var snapshot = await Access.CallerAccess.TryGetSnapshotAsync(orleans.GetGrain<IChildGrain>(childId));
        var entries = await log.ForChildAsync(childId, from, to);
        await audit.ChildAccessedAsync(user, $"made a record extract ({from:yyyy-MM-dd} to {to:yyyy-MM-dd}) of", childId, "as loggkontrollant");
        var accesses = entries
            .OrderBy(e => e.At)
            .Select(e => ExtractRow(e, directory.FindAny(e.ProfessionalId)))
            .ToArray();
        return TypedResults.Ok(new RecordExtract(childId, snapshot?.DisplayName, from, to, accesses));
    }

    private static RecordExtractRow ExtractRow(AuditEntry entry, Professional? person) => new(
        entry.At,
        entry.ProfessionalId,
        person?.Name,
        entry.Agency ?? person?.Agency,
        entry.Title ?? person?.Title,
        entry.CareUnit ?? person?.Unit,
        entry.Action,
        entry.Through,
        entry.Outcome ?? (entry.Action.Contains("refused", StringComparison.Ordinal) ? AuditOutcomes.Refused : AuditOutcomes.Allowed));

    /// <summary>Exactly one of childId and personnummer; a period with both ends, in order, at most <see cref="MaxPeriodDays"/> days.</summary>
    private static (DateTimeOffset From, DateTimeOffset To) Period(RecordExtractRequest request)
    {
        if (request.ChildId is null == string.IsNullOrWhiteSpace(request.Personnummer))
        {
            throw new DomainRuleException("childId", "name the child by exactly one of childId and personnummer.", ErrorCodes.FieldRequired);
        }

        var from = request.From ?? throw new DomainRuleException("from", "is required.", ErrorCodes.FieldRequired);
        var to = request.To ?? throw new DomainRuleException("to", "is required.", ErrorCodes.FieldRequired);
        if (to < from)
        {
            throw new DomainRuleException("to", "must not be before from.", ErrorCodes.FieldBeforeOther, ErrorCodes.Args(("other", "from")));
        }

        if (to.DayNumber - from.DayNumber > MaxPeriodDays)
        {
            throw new DomainRuleException("to", $"the period may be at most {MaxPeriodDays} days.", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 0), ("max", MaxPeriodDays)));
        }

        // Whole Swedish days: from the start of the first to the end of the last.
        return (SwedishDate.At(from, TimeOnly.MinValue), SwedishDate.At(to, TimeOnly.MaxValue));
    }

    public sealed record RecordExtractRequest(Guid? ChildId, string? Personnummer, DateOnly? From, DateOnly? To);

    /// <summary>The extract: the child (id and the name the record uses), the period, and every access in time order.</summary>
    public sealed record RecordExtract(Guid ChildId, string? ChildDisplayName, DateTimeOffset From, DateTimeOffset To, IReadOnlyList<RecordExtractRow> Accesses);

    /// <param name="Outcome">"allowed" or "refused" (<see cref="AuditOutcomes"/>).</param>
    public sealed record RecordExtractRow(
        DateTimeOffset At, string ProfessionalId, string? Name, string? Agency, string? Title, string? CareUnit, string Action, string? Through, string Outcome);
}
