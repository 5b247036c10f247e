using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Operations;

/// <summary>
/// Closes this node's hub connections as soon as it is told to stop, so clients reconnect to
/// another node at once instead of hanging on a socket until the host's shutdown timeout.
/// </summary>
public sealed partial class ConnectionDrain : IHubFilter
{
    private readonly ConcurrentDictionary<string, HubCallerContext> open = new();
    private readonly ILogger<ConnectionDrain> logger;

    public ConnectionDrain(IHostApplicationLifetime lifetime, ILogger<ConnectionDrain> logger)
    {
        this.logger = logger;
        lifetime.ApplicationStopping.Register(CloseAll);
    }

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        open[context.Context.ConnectionId] = context.Context;
        await next(context);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        open.TryRemove(context.Context.ConnectionId, out _);
        await next(context, exception);
    }

    /// <summary>Closes one person's connections on this node (they were deactivated in the directory).</summary>
    public void CloseFor(string professionalId)
    {
        foreach (var connection in open.Values.Where(c => c.UserIdentifier == professionalId))
        {
            connection.Abort();
        }
    }

    private void CloseAll()
    {
        LogClosing(open.Count);
        foreach (var connection in open.Values)
        {
            connection.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Stopping: closing {Count} hub connections so their clients reconnect to another node.")]
    private partial void LogClosing(int count);
}
