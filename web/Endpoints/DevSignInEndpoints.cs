using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Local and test sign-in as one of the seeded demo professionals. Mapped only when
/// Auth:DevSignIn:Enabled is true, so in production these routes do not exist.
/// </summary>
public static class DevSignInEndpoints
{
    public static void MapDevSignInEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/dev").AllowAnonymous().WithTags("Dev sign-in");
        group.MapGet("/professionals", (ProfessionalDirectory directory) => TypedResults.Ok(directory.All.OrderBy(p => p.Name)));
        group.MapPost("/sign-in", SignIn).WithName("DevSignIn");
    }

    private static Ok<SignInResponse> SignIn(SignInRequest request, ProfessionalDirectory directory, DevTokenIssuer issuer)
    {
        var professional = directory.Find(request.ProfessionalId)
            ?? throw new DomainRuleException("professionalId", $"'{request.ProfessionalId}' is not a seeded demo professional.");
        var (token, expiresAt) = issuer.Issue(professional);
        return TypedResults.Ok(new SignInResponse(token, expiresAt, professional));
    }
}
