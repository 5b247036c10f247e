using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Local and test sign-in as anyone in the directory. Mapped only when Auth:DevSignIn:Enabled is
/// true, which the web node allows in the Development environment only: elsewhere these routes do not exist.
/// </summary>
public static class DevSignInEndpoints
{
    public static void MapDevSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dev").WithTags("Dev sign-in");
        // The directory is read with a token like every other endpoint; only signing in itself is open.
        group.MapGet("/professionals", (ProfessionalDirectory directory) => TypedResults.Ok(directory.All.OrderBy(p => p.Name))).RequireAuthorization();
        group.MapPost("/sign-in", SignInAsync).AllowAnonymous().WithName("DevSignIn");
        // The sign-in page lists the made-up demo people (they are in the source code), never the directory.
        routes.MapGet("/auth/demo-people", (ProfessionalDirectory directory) => TypedResults.Ok(DemoPeopleInDirectory(directory)))
            .AllowAnonymous().ExcludeFromDescription();
    }

    public sealed record DemoPerson(string Id, string Name, string Title, string? Unit);

    private static IEnumerable<DemoPerson> DemoPeopleInDirectory(ProfessionalDirectory directory) =>
        DemoPeople.All.Select(p => directory.Find(p.Id)).OfType<Professional>()
            .OrderBy(p => p.Name).Select(p => new DemoPerson(p.Id, p.Name, p.Title, p.Unit));

    /// <summary>Answers a token (for API and hub tests, as other systems use it) and sets the browser's session cookie.</summary>
    private static async Task<Ok<SignInResponse>> SignInAsync(SignInRequest request, ProfessionalDirectory directory, DevTokenIssuer issuer, HttpContext http)
    {
        var professional = directory.Find(request.ProfessionalId)
            ?? throw new DomainRuleException("professionalId", $"'{request.ProfessionalId}' is not an active professional in the directory.", ErrorCodes.FieldUnknownProfessional);
        var (token, expiresAt) = issuer.Issue(professional.Id);
        await SignInEndpoints.SignInSessionAsync(http, professional.Id, "dev");
        return TypedResults.Ok(new SignInResponse(token, expiresAt, professional));
    }
}
