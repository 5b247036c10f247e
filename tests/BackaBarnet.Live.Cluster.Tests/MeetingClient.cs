using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// A participant that keeps its own copy of the meeting's plan actions the way the browser does:
/// applies pushed events in version order, asks for what it missed on a gap, takes a snapshot
/// when it (re)joins. It never reloads; convergence is judged on this copy.
/// </summary>
public sealed class MeetingClient : IAsyncDisposable
{
    private readonly object sync = new();
    private readonly Dictionary<Guid, string> actions = [];
    private readonly SortedDictionary<long, SessionEvent> early = [];
    private readonly SignedIn professional;
    private readonly Guid sessionId;
    private HubConnection connection = null!;
    private long version;
    private bool catchingUp;

    private MeetingClient(SignedIn professional, Guid sessionId) => (this.professional, this.sessionId) = (professional, sessionId);

    public string Name => professional.ProfessionalId;

    public HubConnection Connection => connection;

    public long Version
    {
        get
        {
            lock (sync)
            {
                return version;
            }
        }
    }

    /// <summary>The highest version that reached this client as a push (not through catch-up).</summary>
    public long LastPushedVersion { get; private set; }

    public static async Task<MeetingClient> JoinAsync(SignedIn professional, Guid sessionId, WebNode node)
    {
        var client = new MeetingClient(professional, sessionId);
        await client.ConnectAsync(node);
        return client;
    }

    /// <summary>A new connection (to another node after its own was lost) and a fresh snapshot: the resync a browser does.</summary>
    public async Task ConnectAsync(WebNode node)
    {
        var next = professional.BuildConnection(node.Address);
        next.On<Guid, SessionEvent>("SessionEvent", (id, e) =>
        {
            if (id == sessionId)
            {
                OnPushed(e);
            }
        });
        await next.StartAsync();
        connection = next;
        Reset(await next.InvokeAsync<SessionSnapshot>("JoinSession", sessionId));
    }

    public Task<EditOutcome> SaveNewActionAsync(Guid childId, string what) =>
        connection.InvokeCoreAsync<EditOutcome>("SaveAction", [sessionId, childId, null, Meetings.Action(what), 0L]);

    public IReadOnlySet<string> ActionTexts()
    {
        lock (sync)
        {
            return actions.Values.ToHashSet();
        }
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private void OnPushed(SessionEvent e)
    {
        bool catchUp;
        lock (sync)
        {
            LastPushedVersion = Math.Max(LastPushedVersion, e.Version);
            if (e.Version <= version)
            {
                return;
            }

            early[e.Version] = e;
            ApplyInOrder();
            catchUp = early.Count > 0 && !catchingUp;
            catchingUp |= catchUp;
        }

        if (catchUp)
        {
            // Not awaited inside the handler: the client reads one message at a time, and the
            // answer to this call is a message too.
            _ = Task.Run(CatchUpAsync);
        }
    }

    private async Task CatchUpAsync()
    {
        try
        {
            var missed = await connection.InvokeAsync<SessionCatchUp>("GetSessionSince", sessionId, Version);
            lock (sync)
            {
                if (missed.Snapshot is { } snapshot)
                {
                    ResetLocked(snapshot);
                }

                foreach (var e in missed.Events ?? [])
                {
                    if (e.Version > version)
                    {
                        early[e.Version] = e;
                    }
                }

                ApplyInOrder();
            }
        }
        catch (Exception)
        {
            // The next pushed event tries again; a lost connection is handled by reconnecting.
        }
        finally
        {
            lock (sync)
            {
                catchingUp = false;
            }
        }
    }

    private void ApplyInOrder()
    {
        foreach (var stale in early.Keys.Where(v => v <= version).ToArray())
        {
            early.Remove(stale);
        }

        while (early.Remove(version + 1, out var next))
        {
            if (next.Action is { } action)
            {
                actions[action.ActionId] = action.What;
            }

            if (next.RemovedActionId is { } removed)
            {
                actions.Remove(removed);
            }

            version = next.Version;
        }
    }

    private void Reset(SessionSnapshot snapshot)
    {
        lock (sync)
        {
            ResetLocked(snapshot);
            ApplyInOrder();
        }
    }

    private void ResetLocked(SessionSnapshot snapshot)
    {
        if (snapshot.Version < version)
        {
            return;
        }

        actions.Clear();
        foreach (var action in snapshot.Agenda.SelectMany(child => child.Actions))
        {
            actions[action.ActionId] = action.What;
        }

        version = snapshot.Version;
    }
}
