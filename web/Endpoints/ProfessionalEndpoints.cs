using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

public static class ProfessionalEndpoints
{
    /// <summary>The directory of professionals, for choosing a barnkontakt.</summary>
    public static RouteHandlerBuilder MapProfessionalEndpoints(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/professionals", (ProfessionalDirectory directory) => TypedResults.Ok(directory.All.OrderBy(p => p.Name)))
            .RequireAuthorization()
            .WithTags("Professionals")
            .WithName("ListProfessionals");
}
