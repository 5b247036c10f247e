using BackaBarnet.Live.HostingDefaults.Timeouts;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Http.Timeouts;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>
/// Every API request ends within <see cref="TimeoutBudget.Request"/>, through ASP.NET Core's own
/// request timeouts: past it the caller gets 503 <c>request.timeout</c> with Retry-After. Grain
/// calls take no cancellation token, so <see cref="StopWaiting"/> stops waiting for the endpoint
/// when the time is up; the grain call still ends by itself (Orleans' response timeout is shorter).
/// </summary>
public static class RequestTimeouts
{
    public static IServiceCollection AddBackaBarnetRequestTimeouts(this IServiceCollection services) =>
        services.AddRequestTimeouts(o => o.DefaultPolicy = new RequestTimeoutPolicy
        {
            Timeout = TimeoutBudget.Request,
            TimeoutStatusCode = StatusCodes.Status503ServiceUnavailable,
            WriteTimeoutResponse = WriteTimedOutAsync,
        });

    /// <summary>The group every API endpoint is mapped in: the timeout's endpoint filter on each.</summary>
    public static RouteGroupBuilder MapTimedApi(this WebApplication app)
    {
        var api = app.MapGroup(string.Empty);
        api.AddEndpointFilter<StopWaiting>();
        return api;
    }

    private static async Task WriteTimedOutAsync(HttpContext context)
    {
        Unavailability.SetRetryAfter(context.Response);
        await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = Unavailability.Problem(GrainInterfaces.Domain.ErrorCodes.RequestTimeout),
        });
    }

    /// <summary>
    /// An endpoint filter, not a middleware: the endpoint's result is written after the filters
    /// return, so an endpoint that finishes late writes nothing to a response that is already
    /// answered (or to the next request Kestrel reuses the context for).
    /// </summary>
    private sealed class StopWaiting : IEndpointFilter
    {
        public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
        {
            var timeout = context.HttpContext.Features.Get<IHttpRequestTimeoutFeature>();
            return timeout is null ? await next(context) : await next(context).AsTask().WaitAsync(timeout.RequestTimeoutToken);
        }
    }
}
