using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// A hub call has the same limit as a request (<see cref="TimeoutBudget.Request"/>) and answers
/// storage outages and timeouts as a request does: a coded HubException (<c>storage.unavailable</c>,
/// <c>request.timeout</c>) with <c>retryAfterSeconds</c>, instead of SignalR's bare "error on the server".
/// </summary>
internal sealed partial class HubCallTimeout(ILogger<HubCallTimeout> logger) : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext).AsTask().WaitAsync(TimeoutBudget.Request);
        }
        catch (Exception e) when (Unavailability.CodeFor(e) is { } code)
        {
            LogUnavailable(logger, invocationContext.HubMethodName, code, e);
            throw CodedHubException.Create(
                code,
                ErrorCodes.Args(("retryAfterSeconds", Unavailability.RetryAfterSeconds)),
                Unavailability.Problem(code).Title!);
        }
    }

    [LoggerMessage(LogLevel.Warning, "Hub call {Method} answered {Code}")]
    private static partial void LogUnavailable(ILogger logger, string method, string code, Exception exception);
}
