using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Grains.Telemetry;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// One live barnteam meeting. Every change is validated, applied, given the next session
/// version, persisted, and only then pushed to the web nodes that have participants connected.
/// </summary>
internal sealed partial class TeamSessionGrain(
    [PersistentState("session", StorageNames.Records)] IPersistentState<TeamSessionState> state,
    [FromKeyedServices(DomainTime.Key)] TimeProvider time,
    IAuditSink auditSink,
    ILogger<TeamSessionGrain> logger) : Grain, ITeamSessionGrain
{
    /// <summary>
    /// Kept in memory for catch-up: enough for a long blip; a client further behind, or behind a
    /// reactivation, gets a snapshot. None are stored: every edit writes the whole state, and the
    /// storage write is most of an edit's latency; storing even the newest 16 made ~7 of a ~7.5 KB
    /// state in the fan-out benchmark.
    /// </summary>
    private const int KeptEvents = 500;

    private readonly ObserverManager<ISessionObserver> observers = new(ObserverLease.Lifetime, logger);

    private List<SessionEvent>? recentEvents;

    /// <summary>Whether storage holds what is in memory (false while a write is under way, and after one that failed).</summary>
    private bool lastWriteStored = true;

    /// <summary>The version this activation last read or wrote: what it knows storage holds.</summary>
    private long storedVersion;

    private Guid SessionId => this.GetPrimaryKey();

    private DateTimeOffset Now => time.GetUtcNow();

    public Task<SessionSnapshot> GetSnapshotAsync(string viewerId)
    {
        RequireParticipant(viewerId, "see this meeting");
        return Task.FromResult(SessionViews.Snapshot(SessionId, state.State, viewerId));
    }

    public Task<SessionCatchUp> GetSinceAsync(string viewerId, long version)
    {
        RequireParticipant(viewerId, "see this meeting");
        var events = RecentEvents;
        var complete = version >= state.State.Version || (events.Count > 0 && events[0].Version <= version + 1);

        // No event carries a hidden rating; what consent does not cover is withheld per viewer.
        return Task.FromResult(complete
            ? new SessionCatchUp(events.Where(e => e.Version > version).Select(e => SessionViews.EventFor(state.State, e, viewerId)).ToArray(), null)
            : new SessionCatchUp(null, SessionViews.Snapshot(SessionId, state.State, viewerId)));
    }

    public Task SubscribeAsync(ISessionObserver observer)
    {
        observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task UnsubscribeAsync(ISessionObserver observer)
    {
        observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>Gives the change the next version, keeps it for catch-up, persists, then pushes it.</summary>
    /// <param name="audited">For an edit of a child's information: what the audit entry says the actor did.</param>
    private async Task<SessionEvent> EmitAsync(SessionEventKind kind, string actorId, Func<SessionEvent, SessionEvent> payload, string? audited = null)
    {
        state.State.Version++;
        var sessionEvent = payload(new SessionEvent(state.State.Version, kind, Now, actorId));
        if (sessionEvent.ChildId is { } childId && state.State.Child(childId) is { } child && state.State.WithheldFrom(child) is { Count: > 0 } withheld)
        {
            sessionEvent = sessionEvent with { WithheldFrom = withheld, SeenBy = state.State.ProfessionalIds().Except(withheld).ToArray() };
        }

        Keep(RecentEvents, sessionEvent, KeptEvents);
        if (audited is not null && sessionEvent.ChildId is { } editedChild)
        {
            RecordEdit(actorId, editedChild, audited);
        }

        await WriteStateAsync();
        SessionMetrics.Edits.Add(1);
        await observers.Notify(o => o.OnSessionEventAsync(SessionId, sessionEvent));
        return sessionEvent;
    }

    /// <summary>The events for catch-up since this activation began.</summary>
    private List<SessionEvent> RecentEvents => recentEvents ??= [];

    private async Task WriteStateAsync()
    {
        DropMovedAudit();
        EnsureAuditReminder();
        lastWriteStored = false;
        try
        {
            await state.WriteStateAsync();
        }
        catch (OperationCanceledException)
        {
            DeactivateOnIdle();
            throw;
        }
        catch (Exception)
        {
            await ReloadAfterFailedWriteAsync();
            throw;
        }

        lastWriteStored = true;
        storedVersion = state.State.Version;
        AfterStateWritten();
    }

    /// <summary>
    /// After a failed write the meeting reads what storage holds and goes on in the same activation,
    /// so every participant's subscription stays. Why (issue 21's fan-out runs): it used to
    /// deactivate, and the next activation had no subscribers until each web node renewed its
    /// subscriptions, about a second later; every edit in that second was lost to everyone in the
    /// meeting (20 to 440 lost deliveries per run). Only when the read fails too is the activation
    /// dropped.
    /// </summary>
    private async Task ReloadAfterFailedWriteAsync()
    {
        try
        {
            await state.ReadStateAsync();
        }
        catch (Exception e)
        {
            LogReloadFailed(e, SessionId);
            DeactivateOnIdle();
            return;
        }

        // The catch-up must match what is stored. Unchanged storage: the failed edit's events go,
        // and its version is given again. Storage past what this activation knew it had (the failed
        // write landed after all, or an earlier one whose answer was lost landed late): which edits
        // those versions hold is not known here, so clients behind get a snapshot.
        if (state.State.Version == storedVersion)
        {
            RecentEvents.RemoveAll(e => e.Version > storedVersion);
        }
        else
        {
            RecentEvents.Clear();
        }

        lastWriteStored = true;
        storedVersion = state.State.Version;
    }

    private static void Keep(List<SessionEvent> events, SessionEvent sessionEvent, int atMost)
    {
        events.Add(sessionEvent);
        if (events.Count > atMost)
        {
            events.RemoveRange(0, events.Count - atMost);
        }
    }

    private EditOutcome Applied(SessionEvent sessionEvent) => new(true, sessionEvent.Version);

    private void RequireConvened()
    {
        if (!state.State.IsConvened)
        {
            throw new SessionNotFoundException(SessionId);
        }
    }

    private void RequireParticipant(string actorId, string what)
    {
        RequireConvened();
        if (!state.State.IsInvited(actorId))
        {
            throw new NotPermittedException($"Only participants invited to this meeting may {what}.", ErrorCodes.AccessParticipantOnly);
        }
    }

    private void RequireConvener(string actorId, string what)
    {
        RequireConvened();
        if (actorId != state.State.ConvenerId)
        {
            throw new NotPermittedException($"Only the convener may {what}.", ErrorCodes.AccessConvenerOnly);
        }
    }

    /// <summary>Edits need an open meeting and an invited participant.</summary>
    private AgendaChildState RequireEditable(Guid childId, string actorId)
    {
        RequireParticipant(actorId, "change it");
        if (state.State.Status != SessionStatus.Open)
        {
            throw new StateConflictException($"The meeting is {state.State.Status}: changes are made while it is Open.", state.State.Version, ErrorCodes.SessionNotOpen, ErrorCodes.Args(("status", state.State.Status)));
        }

        return state.State.Child(childId) ?? throw new DomainRuleException("childId", $"child {childId} is not on this meeting's agenda.", ErrorCodes.ChildNotOnAgenda);
    }

    private IProfessionalGrain Professional(string id) => GrainFactory.GetGrain<IProfessionalGrain>(id);
}
