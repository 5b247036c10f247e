using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// The older handled concerns of a child, moved out of the live record to the archive table, a page
/// at a time (newest raised first). Read like the record: the full view sees every concern, the
/// participation view only the caller's own (a page may then hold fewer, even none, and still go on).
/// </summary>
public static class ClosedConcernEndpoints
{
    private const string What = "older handled concerns";

    public static void MapClosedConcernEndpoints(this RouteGroupBuilder children) =>
        children.MapGet("/{childId:guid}/concerns/closed", GetAsync).WithName("GetClosedConcerns")
            .WithSummary("Older handled concerns of the child, from the archive, a page at a time")
            .WithDescription(
                "The record keeps every concern still open and the newest handled ones; older handled concerns are read here, newest raised first. " +
                "`before` is the previous page's `nextBefore` (left out for the first page); `nextBefore` is null on the oldest page. " +
                "`take` is 1–100 (20 when left out). The full view sees every concern, the participation view only the caller's own. " +
                "The record's `archivedHandledConcerns` says how many are archived.");

    /// <param name="before">The previous page's <c>nextBefore</c>; left out for the newest page.</param>
    /// <param name="take">How many archived concerns a page covers, 1–100 (20 when left out).</param>
    private static async Task<Results<Ok<ClosedConcernPage>, ProblemHttpResult>> GetAsync(
        Guid childId, long? before, int? take, [AsParameters] ChildCommand command)
    {
        try
        {
            return await command.ReadAsync(childId, What, async (child, _, decision) =>
            {
                var page = await child.GetClosedConcernsAsync(before, take ?? ClosedConcernPage.DefaultTake);
                return decision.View == ChildView.Full
                    ? page
                    : page with { Concerns = [.. page.Concerns.Where(c => c.ReporterId == command.User.ProfessionalId())] };
            }, atLeast: ChildView.Participation);
        }
        catch (DomainRuleException rule)
        {
            // The grain judged the paging against the record: a 400 still touched it, audited by its code, never its values.
            await command.Audit.ChildAccessedAsync(command.User, $"was refused reading {What} of", childId, $"bad input: {rule.Code} ({rule.Field})", AuditOutcomes.Refused);
            throw;
        }
    }
}
