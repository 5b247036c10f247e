using System.Threading.Channels;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>
/// This node's observer of one meeting. Notifications are queued and sent to the meeting's
/// SignalR group one at a time in version order, so every local participant sees the same order.
/// </summary>
internal sealed partial class SessionEventForwarder : ISessionObserver, IAsyncDisposable
{
    /// <summary>How long an early event waits for the one before it before the client is left to catch up.</summary>
    private static readonly TimeSpan HoldAtMost = TimeSpan.FromMilliseconds(250);

    private readonly Channel<SessionEvent> queue = Channel.CreateUnbounded<SessionEvent>(new() { SingleReader = true });
    private readonly VersionSequencer<SessionEvent> sequencer = new(e => e.Version);
    private readonly IHubContext<LiveHub, ILiveClient> hub;
    private readonly IHubContext<Family.FamilyHub, Family.IFamilyClient> family;
    private readonly Guid sessionId;
    private readonly ILogger logger;
    private readonly Task pump;

    public SessionEventForwarder(Guid sessionId, IHubContext<LiveHub, ILiveClient> hub, IHubContext<Family.FamilyHub, Family.IFamilyClient> family, ILogger logger)
    {
        this.sessionId = sessionId;
        this.hub = hub;
        this.family = family;
        this.logger = logger;
        pump = Task.Run(PumpAsync);
    }

    private long lastVersion;

    /// <summary>The highest version this observer has been sent.</summary>
    public long LastVersion => Interlocked.Read(ref lastVersion);

    public Task OnSessionEventAsync(Guid sessionId, SessionEvent sessionEvent)
    {
        long seen;
        while ((seen = Interlocked.Read(ref lastVersion)) < sessionEvent.Version
            && Interlocked.CompareExchange(ref lastVersion, sessionEvent.Version, seen) != seen)
        {
        }

        queue.Writer.TryWrite(sessionEvent);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        queue.Writer.TryComplete();
        await pump;
    }

    private async Task PumpAsync()
    {
        var reader = queue.Reader;
        DateTime? holdingSince = null;
        while (true)
        {
            // The wait is measured from when holding began, so a steady stream of later events
            // cannot keep a missing one waiting forever.
            holdingSince = sequencer.IsHolding ? holdingSince ?? DateTime.UtcNow : null;
            var waitFor = holdingSince is { } since ? HoldAtMost - (DateTime.UtcNow - since) : Timeout.InfiniteTimeSpan;
            SessionEvent next;
            using (var wait = new CancellationTokenSource(waitFor > TimeSpan.Zero || waitFor == Timeout.InfiniteTimeSpan ? waitFor : TimeSpan.Zero))
            {
                try
                {
                    if (!await reader.WaitToReadAsync(wait.Token))
                    {
                        await SendAsync(sequencer.Flush());
                        return;
                    }
                }
                catch (OperationCanceledException)
                {
                    LogGap(sessionId);
                    await SendAsync(sequencer.Flush());
                    continue;
                }

                reader.TryRead(out next!);
            }

            await SendAsync(sequencer.Accept(next));
        }
    }

    private async Task SendAsync(IReadOnlyList<SessionEvent> events)
    {
        foreach (var sessionEvent in events)
        {
            try
            {
                await SendOneAsync(sessionEvent);
            }
            catch (Exception e)
            {
                // A failed send must not stop the meeting's stream; clients recover by version.
                LogSendFailed(e, sessionId, sessionEvent.Version);
            }
        }
    }

    /// <summary>
    /// The common case is one group send. When the guardians' consent does not cover some
    /// participants, the others get the event and each of them gets their own withheld form.
    /// </summary>
    private async Task SendOneAsync(SessionEvent sessionEvent)
    {
        // The family's devices get only the new version: they read their own family view, never the event.
        await family.Clients.Group(Family.FamilyHub.Group(sessionId)).MeetingChanged(sessionId, sessionEvent.Version);
        if (sessionEvent.WithheldFrom is not { Count: > 0 } withheld)
        {
            await hub.Clients.Group(SessionObserverRegistry.Group(sessionId)).SessionEvent(sessionId, sessionEvent);
            return;
        }

        var seenBy = (sessionEvent.SeenBy ?? []).Select(id => SessionObserverRegistry.ParticipantGroup(sessionId, id)).ToArray();
        await hub.Clients.Groups(seenBy).SessionEvent(sessionId, sessionEvent with { WithheldFrom = null, SeenBy = null });
        foreach (var participantId in withheld)
        {
            await hub.Clients.Group(SessionObserverRegistry.ParticipantGroup(sessionId, participantId))
                .SessionEvent(sessionId, SessionRedaction.For(sessionEvent, participantId));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Session {SessionId}: a version did not arrive in time; sending on and letting clients catch up.")]
    private partial void LogGap(Guid sessionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session {SessionId}: sending version {Version} to the group failed.")]
    private partial void LogSendFailed(Exception exception, Guid sessionId, long version);
}
