using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Errors;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// SignalR hides exception messages from clients unless they are HubExceptions: the model's
/// refusals become HubExceptions with their code, arguments and English rule; anything else stays hidden.
/// </summary>
internal sealed class DomainHubFilter : IHubFilter
{
    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        try
        {
            return await next(invocationContext);
        }
        catch (Exception e) when (e is DomainRuleException or NotPermittedException or StateConflictException)
        {
            throw CodedHubException.From(e);
        }
        catch (SessionNotFoundException e)
        {
            throw CodedHubException.Create(ErrorCodes.SessionNotFound, null, e.Message, e);
        }
        catch (ChildNotFoundException e)
        {
            throw CodedHubException.Create(ErrorCodes.AccessNoRoleForChild, null, e.Message, e);
        }
    }
}
