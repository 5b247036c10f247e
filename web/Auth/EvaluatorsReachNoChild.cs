using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The evaluator role sees anonymized pilot statistics and nothing of any single child, not
/// even through a role someone else gave it by mistake (an action assigned to it, an invitation
/// to a meeting, a look-up by personnummer). Put on every group that serves child data;
/// endpoints with <see cref="Allowed"/> metadata (the caller's own profile) stay open.
/// </summary>
public sealed class EvaluatorsReachNoChild : IEndpointFilter
{
    /// <summary>Metadata for an endpoint in a filtered group that carries no child data.</summary>
    public static readonly object Allowed = new EvaluatorAllowed();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.User.HasClaim(AuthClaims.Role, AuthRoles.Evaluator) && http.GetEndpoint()?.Metadata.GetMetadata<EvaluatorAllowed>() is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "The evaluator role reaches no single child.",
                detail: "Evaluators read the anonymized pilot statistics at /api/statistics only.");
        }

        return await next(context);
    }

    private sealed class EvaluatorAllowed;
}
