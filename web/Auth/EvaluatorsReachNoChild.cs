using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The evaluator role sees anonymized pilot statistics and nothing of any single child, not
/// even through a role someone else gave it by mistake (an action assigned to it, an invitation
/// to a meeting, a look-up by personnummer). Put on every group that serves child data;
/// endpoints with <see cref="Allowed"/> metadata (the caller's own profile) stay open. As a hub
/// filter it closes the live connection: everything on the hub is about children.
/// </summary>
public sealed class EvaluatorsReachNoChild : IEndpointFilter, IHubFilter
{
    private const string Refusal = "The evaluator role reaches no single child.";

    /// <summary>Metadata for an endpoint in a filtered group that carries no child data.</summary>
    public static readonly object Allowed = new EvaluatorAllowed();

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (IsEvaluator(http.User) && http.GetEndpoint()?.Metadata.GetMetadata<EvaluatorAllowed>() is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: Refusal,
                detail: "Evaluators read the anonymized pilot statistics at /api/statistics only.",
                extensions: new Dictionary<string, object?> { ["code"] = GrainInterfaces.Domain.ErrorCodes.AccessEvaluatorNoChild, ["args"] = new Dictionary<string, string>() });
        }

        return await next(context);
    }

    public Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next) =>
        IsEvaluator(context.Context.User) ? throw Errors.CodedHubException.Create(GrainInterfaces.Domain.ErrorCodes.AccessEvaluatorNoChild, null, Refusal) : next(context);

    public ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next) =>
        IsEvaluator(invocationContext.Context.User) ? throw Errors.CodedHubException.Create(GrainInterfaces.Domain.ErrorCodes.AccessEvaluatorNoChild, null, Refusal) : next(invocationContext);

    private static bool IsEvaluator(System.Security.Claims.ClaimsPrincipal? user) => user?.HasClaim(AuthClaims.Role, AuthRoles.Evaluator) == true;

    private sealed class EvaluatorAllowed;
}
