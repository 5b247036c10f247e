using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests;

/// <summary>
/// Sits on a page's WebSocket to the live hub: passes everything through, but can drop one chosen
/// server message (to make a gap in the versions) or cut the connection and refuse new ones for a
/// while (to force a reconnect).
/// </summary>
internal sealed class HubRelay
{
    // SignalR's JSON protocol ends every message with this record separator.
    private const char RecordSeparator = '\u001e';

    private readonly Lock gate = new();
    private readonly List<(IWebSocketRoute Page, IWebSocketRoute Server)> connections = [];
    private Func<string, bool>? dropOnce;
    private int dropped;

    public bool Refusing { get; set; }

    public int Dropped => Volatile.Read(ref dropped);

    /// <summary>
    /// Routes the page's hub WebSockets through the relay. While refusing, the HTTP requests of
    /// the hub fail too: otherwise SignalR falls back to Server-Sent Events and never notices.
    /// </summary>
    public async Task AttachAsync(IPage page)
    {
        await page.RouteWebSocketAsync(url => url.Contains("/hubs/live"), Route);
        await page.RouteAsync(url => url.Contains("/hubs/live"), route => Refusing ? route.AbortAsync() : route.ContinueAsync());
    }

    /// <summary>The next server message that matches is never delivered to the page.</summary>
    public void DropNext(Func<string, bool> match)
    {
        lock (gate)
        {
            dropOnce = match;
        }
    }

    /// <summary>Closes the page's connections (both sides) and refuses new ones until <see cref="Refusing"/> is cleared.</summary>
    public async Task CutAsync()
    {
        Refusing = true;
        (IWebSocketRoute Page, IWebSocketRoute Server)[] open;
        lock (gate)
        {
            open = [.. connections];
            connections.Clear();
        }

        foreach (var (page, server) in open)
        {
            await page.CloseAsync();
            await server.CloseAsync();
        }
    }

    private void Route(IWebSocketRoute page)
    {
        if (Refusing)
        {
            _ = page.CloseAsync();
            return;
        }

        var server = page.ConnectToServer();
        lock (gate)
        {
            connections.Add((page, server));
        }

        server.OnMessage(frame =>
        {
            if (frame.Text is null)
            {
                page.Send(frame.Binary!);
                return;
            }

            if (Filter(frame.Text) is { Length: > 0 } kept)
            {
                page.Send(kept);
            }
        });
    }

    private string Filter(string text)
    {
        var messages = text.Split(RecordSeparator, StringSplitOptions.RemoveEmptyEntries);
        var kept = new List<string>();
        foreach (var message in messages)
        {
            lock (gate)
            {
                if (dropOnce is not null && dropOnce(message))
                {
                    dropOnce = null;
                    Interlocked.Increment(ref dropped);
                    continue;
                }
            }

            kept.Add(message + RecordSeparator);
        }

        return string.Concat(kept);
    }
}
