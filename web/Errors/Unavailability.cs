using System.Globalization;
using Azure;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using Microsoft.AspNetCore.Mvc;

namespace BackaBarnet.Live.Web.Errors;

/// <summary>
/// Failures that are nobody's fault and pass by themselves: storage that does not answer, a grain
/// call or request past its time limit. The caller gets 503 with a stable code and Retry-After
/// (never a 500, never a hang), so a client or a person knows to try again shortly.
/// </summary>
public static class Unavailability
{
    /// <summary>The code for <paramref name="exception"/> when it is such a failure, otherwise null.</summary>
    public static string? CodeFor(Exception exception) => exception switch
    {
        GrainStorageFailedException or HttpRequestException => ErrorCodes.StorageUnavailable,
        // No answer (status 0), or the service's own "busy" or failure; a 4xx is a real refusal.
        RequestFailedException { Status: 0 or 408 or 429 or >= 500 } => ErrorCodes.StorageUnavailable,
        // The Azure SDK gives up after its retries with the failures of every try. A canceled try
        // inside it is a try past its network timeout (the SDK does not retry the caller's own
        // cancellation): an audit write timing out under load was answered 500 before (issue 21).
        AggregateException many when many.InnerExceptions.All(inner => inner is OperationCanceledException || CodeFor(inner) == ErrorCodes.StorageUnavailable)
            => ErrorCodes.StorageUnavailable,
        // A grain call past Orleans' response timeout (TimeoutBudget.GrainCall).
        TimeoutException => ErrorCodes.RequestTimeout,
        // Orleans wraps what a storage provider threw ("Error from storage provider …").
        OrleansException { InnerException: { } inner } => CodeFor(inner),
        _ => null,
    };

    public static int RetryAfterSeconds => (int)TimeoutBudget.RetryAfter.TotalSeconds;

    public static ProblemDetails Problem(string code) => new ProblemDetails
    {
        Status = StatusCodes.Status503ServiceUnavailable,
        Title = code == ErrorCodes.RequestTimeout ? "The request took too long." : "Storage is not available right now.",
        Detail = $"Try again in {RetryAfterSeconds} s.",
    }.WithCode(code, ErrorCodes.Args(("retryAfterSeconds", RetryAfterSeconds)));

    public static void SetRetryAfter(HttpResponse response) =>
        response.Headers.RetryAfter = RetryAfterSeconds.ToString(CultureInfo.InvariantCulture);
}
