using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// SignalR hides exception messages from clients unless they are HubExceptions: the model's
/// refusals become HubExceptions naming the field and the rule; anything else stays hidden.
/// </summary>
internal sealed class DomainHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (DomainRuleException e)
        {
            throw new HubException($"{e.Field}: {e.Rule}", e);
        }
        catch (Exception e) when (e is NotPermittedException or StateConflictException or SessionNotFoundException or ChildNotFoundException)
        {
            throw new HubException(e.Message, e);
        }
    }
}
