using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>
/// Limits that keep one client from crowding out everyone else: request body size, hub message
/// size, a per-professional rate on raising concerns, and one on what answers whether a
/// personnummer is registered (look-up and registration), so nobody can run through numbers to
/// learn which children are known.
/// </summary>
public static class RequestLimits
{
    public const string ConcernPolicy = "concerns";

    /// <summary>One budget per professional shared by look-up and registration: either tells whether a number is known.</summary>
    public const string PersonnummerPolicy = "personnummer";

    /// <summary>No API body of ours comes near this; larger ones are refused before they are read.</summary>
    public const long MaxRequestBodyBytes = 256 * 1024;

    /// <summary>The largest hub message: a meeting's minutes (8,000 characters) with room to spare.</summary>
    public const long MaxHubMessageBytes = 64 * 1024;

    public static IServiceCollection AddBackaBarnetRequestLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var concernsPerMinute = configuration.GetValue("Limits:ConcernsPerMinute", 30);
        // A barnkontakt registers a handful of children a day and looks up a few; 30 a minute is far above that.
        var personnummerCallsPerMinute = configuration.GetValue("Limits:PersonnummerCallsPerMinute", 30);
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxRequestBodyBytes);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(ConcernPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(AuthClaims.Subject) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = concernsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.AddPolicy(PersonnummerPolicy, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirstValue(AuthClaims.Subject) ?? "anonymous",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = personnummerCallsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
            o.OnRejected = AnswerTooManyAsync;
        });
        return services;
    }

    /// <summary>A refusal a client can act on: when to try again (Retry-After) and a coded problem, like every other refusal.</summary>
    private static async ValueTask AnswerTooManyAsync(OnRejectedContext context, CancellationToken cancellation)
    {
        var wait = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? retryAfter : TimeSpan.FromMinutes(1);
        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
        context.HttpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status429TooManyRequests,
            Title = "Too many requests",
            Detail = $"Too many requests of this kind in a minute; try again in {seconds} s.",
        }.WithCode(ErrorCodes.LimitsTooManyRequests, ErrorCodes.Args(("retryAfterSeconds", seconds)));
        await context.HttpContext.RequestServices.GetRequiredService<IProblemDetailsService>()
            .WriteAsync(new ProblemDetailsContext { HttpContext = context.HttpContext, ProblemDetails = problem });
    }
}
