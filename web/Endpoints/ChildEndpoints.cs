using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

public static class ChildEndpoints
{
    public static RouteGroupBuilder MapChildEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/children").RequireAuthorization().WithTags("Children");
        group.MapPost("/", CreateAsync).WithName("CreateChild");
        group.MapGet("/{childId:guid}", GetAsync).WithName("GetChild");
        group.MapPost("/{childId:guid}/concerns", RaiseConcernAsync).WithName("RaiseConcern");
        return group;
    }

    private static async Task<Created<ChildSnapshot>> CreateAsync(
        CreateChildRequest request, ClaimsPrincipal user, IClusterClient orleans, ProfessionalDirectory directory, AuditTrail audit)
    {
        var child = ChildRules.Validate(new NewChild(request.DisplayName ?? "", request.ChildContactId ?? "", user.ProfessionalId()));
        if (directory.Find(child.ChildContactId) is null)
        {
            throw new DomainRuleException("childContactId", $"'{child.ChildContactId}' is not a known professional.");
        }

        var childId = Guid.NewGuid();
        var snapshot = await orleans.GetGrain<IChildGrain>(childId).RegisterAsync(child);
        audit.ChildAccessed(user.ProfessionalId(), "registered", childId);
        return TypedResults.Created($"/api/children/{childId}", snapshot);
    }

    private static async Task<Results<Ok<ChildSnapshot>, ProblemHttpResult>> GetAsync(
        Guid childId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var snapshot = await orleans.GetGrain<IChildGrain>(childId).GetSnapshotAsync();
        if (snapshot.ChildContactId != user.ProfessionalId())
        {
            audit.ChildAccessed(user.ProfessionalId(), "was refused reading", childId);
            return Problems.NoRoleForChild(childId);
        }

        audit.ChildAccessed(user.ProfessionalId(), "read", childId);
        return TypedResults.Ok(snapshot);
    }

    private static async Task<Created<ConcernView>> RaiseConcernAsync(
        Guid childId, RaiseConcernRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var concern = new NewConcern(user.ProfessionalId(), request.Text ?? "", ParseAreas(request.Areas));
        var raised = await orleans.GetGrain<IChildGrain>(childId).RaiseConcernAsync(concern);
        audit.ChildAccessed(user.ProfessionalId(), "raised a concern about", childId);
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
