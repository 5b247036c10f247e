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
        var group = routes.MapGroup("/api/dev").AllowAnonymous().WithTags("Dev sign-in");
        group.MapGet("/professionals", (ProfessionalDirectory directory) => TypedResults.Ok(directory.All.OrderBy(p => p.Name)));
        group.MapPost("/sign-in", SignInAsync).WithName("DevSignIn");
    }

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
