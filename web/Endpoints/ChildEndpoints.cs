using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.Web.Access;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

public static class ChildEndpoints
{
    public static RouteGroupBuilder MapChildEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/children").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Children");
        group.MapPost("/", CreateAsync).WithName("CreateChild").RequireRateLimiting(Hosting.RequestLimits.PersonnummerPolicy);
        group.MapPost("/lookup", LookupAsync).WithName("LookupChild").RequireRateLimiting(Hosting.RequestLimits.PersonnummerPolicy);
        group.MapGet("/{childId:guid}", GetAsync).WithName("GetChild");
        group.MapGet("/{childId:guid}/chronology", GetChronologyAsync).WithName("GetChronology");
        group.MapConcernEndpoints();
        group.MapClosedConcernEndpoints();
        group.MapHandoverEndpoints();
        group.MapPlanEndpoints();
        group.MapRecordEndpoints();
        group.MapFollowUpEndpoints();
        return group;
    }

    private static async Task<Created<ChildSnapshot>> CreateAsync(
        CreateChildRequest request, ClaimsPrincipal user, IClusterClient orleans, ProfessionalDirectory directory, AuditTrail audit)
    {
        var contactRole = directory.ContactRoleOf("childContactId", request.ChildContactId);
        var child = ChildRules.Validate(new NewChild(
            request.DisplayName ?? "", request.ChildContactId ?? "", user.ProfessionalId(), contactRole, request.Personnummer, request.Guardians,
            request.Gender ?? ChildGender.Unknown, directory.Find(request.ChildContactId)?.Unit));
        var childId = Guid.NewGuid();
        ChildSnapshot snapshot;
        try
        {
            snapshot = await orleans.GetGrain<IChildGrain>(childId).RegisterAsync(child);
        }
        catch (DuplicatePersonnummerException duplicate)
        {
            // The 409 names the child already registered under the number: a look-up by personnummer like any other.
            await audit.LookupAsync(user, duplicate.ExistingChildId, "looked up a personnummer by registering a child already registered");
            throw;
        }

        await audit.ChildRegisteredAsync(user, childId);
        return TypedResults.Created($"/api/children/{childId}", snapshot);
    }

    private static async Task<Results<Ok<ChildReference>, NotFound>> LookupAsync(
        LookupRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var childId = await orleans.GetGrain<IChildRegistryGrain>(0).FindAsync(request.Personnummer ?? "");
        await audit.LookupAsync(user, childId);
        return childId is { } found ? TypedResults.Ok(new ChildReference(found)) : TypedResults.NotFound();
    }

    private static Task<Results<Ok<ChildSnapshot>, ProblemHttpResult>> GetAsync(Guid childId, [AsParameters] ChildCommand command) =>
        command.ReadAsync(childId, "the record", (_, visible, _) => Task.FromResult(visible));

    private static Task<Results<Ok<IReadOnlyList<ChronologyEntry>>, ProblemHttpResult>> GetChronologyAsync(Guid childId, [AsParameters] ChildCommand command) =>
        command.ReadAsync(childId, "the chronology", (child, _, _) => child.GetChronologyAsync(), atLeast: ChildView.Full);
}
