using System.Reflection;
using System.Text.RegularExpressions;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// SignalR hides exception messages from clients unless they are HubExceptions: the model's
/// refusals become HubExceptions with their code, arguments and English rule; anything else stays
/// hidden. A refusal is an answer, not a fault: it is logged at Information with the method and
/// the code only (the refused values may be a personnummer typed into a text field), never with
/// the exception. SignalR's own error line for every failed call is switched off (see
/// BackaBarnetWebApp), so the unexpected failures are logged here instead.
/// </summary>
internal sealed partial class DomainHubFilter(ILogger<DomainHubFilter> logger) : IHubFilter
{
    private static readonly NullabilityInfoContext Nullability = new();

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var method = invocationContext.HubMethodName;
        try
        {
            RefuseMissingArguments(invocationContext);
            return await next(invocationContext);
        }
        catch (Exception e) when (e is DomainRuleException or NotPermittedException or StateConflictException)
        {
            throw Refused(method, CodedHubException.From(e));
        }
        catch (SessionNotFoundException e)
        {
            throw Refused(method, CodedHubException.Create(ErrorCodes.SessionNotFound, null, e.Message));
        }
        catch (ChildNotFoundException e)
        {
            throw Refused(method, CodedHubException.Create(ErrorCodes.AccessNoRoleForChild, null, e.Message));
        }
        catch (HubException e)
        {
            throw Refused(method, e);
        }
        catch (Exception e)
        {
            LogFailed(logger, method, e);
            throw;
        }
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        try
        {
            await next(context);
        }
        catch (Exception e)
        {
            LogFailed(logger, nameof(OnConnectedAsync), e);
            throw;
        }
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        try
        {
            await next(context, exception);
        }
        catch (Exception e)
        {
            LogFailed(logger, nameof(OnDisconnectedAsync), e);
            throw;
        }
    }

    /// <summary>
    /// JSON null binds to any reference type, so <c>SaveAction(…, null, …)</c> would reach the
    /// method; a parameter not declared nullable is refused here, naming it.
    /// </summary>
    private static void RefuseMissingArguments(HubInvocationContext invocation)
    {
        var parameters = invocation.HubMethod.GetParameters();
        for (var i = 0; i < parameters.Length && i < invocation.HubMethodArguments.Count; i++)
        {
            if (invocation.HubMethodArguments[i] is null
                && !parameters[i].ParameterType.IsValueType
                && Nullability.Create(parameters[i]).WriteState != NullabilityState.Nullable)
            {
                var name = parameters[i].Name!;
                throw CodedHubException.Create(
                    ErrorCodes.RequestUnreadable,
                    ErrorCodes.Args(("argument", name), ("field", name), ("method", invocation.HubMethodName)),
                    $"{invocation.HubMethodName}: argument '{name}' is required.");
            }
        }
    }

    /// <summary>The refusal as the client gets it, logged without its values.</summary>
    private HubException Refused(string method, HubException refusal)
    {
        LogRefused(logger, method, CodeOf(refusal.Message));
        return refusal;
    }

    private static string CodeOf(string message) => CodePattern().Match(message) is { Success: true } match ? match.Groups[1].Value : "uncoded";

    [GeneratedRegex(@"^\[([a-z0-9.-]+)\]")]
    private static partial Regex CodePattern();

    [LoggerMessage(LogLevel.Information, "Hub call {Method} refused: {Code}")]
    private static partial void LogRefused(ILogger logger, string method, string code);

    [LoggerMessage(LogLevel.Error, "Hub call {Method} failed")]
    private static partial void LogFailed(ILogger logger, string method, Exception exception);
}
