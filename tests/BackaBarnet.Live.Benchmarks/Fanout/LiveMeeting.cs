using System.Collections.Concurrent;
using System.Diagnostics;
using BackaBarnet.Live.Benchmarks.Delivery;
using BackaBarnet.Live.Benchmarks.Harness;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>
/// One open barnteam meeting under load: its participants' seats, the edits they send (in turn,
/// one at a time, as people wait for their answer), and when each applied edit was sent.
/// </summary>
public sealed class LiveMeeting : IAsyncDisposable
{
    /// <summary>Edits rotate over these, as a meeting mixes them.</summary>
    private const int EditKinds = 4;
    private const int ActionsPerPlan = 5;

    private readonly IBenchTarget target;
    private readonly SignedIn convener;
    private readonly List<MeetingSeat> seats = [];
    private readonly ConcurrentDictionary<Guid, long> actionVersions = new();
    private readonly List<SentEdit> sent = [];
    private long detailsVersion;
    private long edits;

    private LiveMeeting(IBenchTarget target, SignedIn convener, Guid sessionId, Guid childId) =>
        (this.target, this.convener, SessionId, ChildId) = (target, convener, sessionId, childId);

    public Guid SessionId { get; }

    public Guid ChildId { get; }

    public IReadOnlyList<MeetingSeat> Seats => seats;

    public IReadOnlyList<SentEdit> Sent => sent;

    /// <summary>Edits the meeting refused as stale (the product working as designed; counted, not timed).</summary>
    public long Refused { get; private set; }

    /// <summary>Edits the server answered with an error (not acknowledged, so nothing to deliver).</summary>
    public long Failed { get; private set; }

    public string? LastFailure { get; private set; }

    /// <summary>A sample of events as received, for sizing the baselines' payloads.</summary>
    public ConcurrentQueue<SessionEvent> Sample { get; } = new();

    /// <summary>Opens a meeting on <paramref name="target"/>: the convener and the others, about a new child.</summary>
    public static async Task<LiveMeeting> ConveneAsync(IBenchTarget target, SignedIn convener, IReadOnlyList<SignedIn> others)
    {
        var (sessionId, childId) = await target.OpenMeetingAsync(convener, others);
        return new LiveMeeting(target, convener, sessionId, childId);
    }

    /// <summary>Everyone joins over their own connection; the convener's seat also follows item versions.</summary>
    public async Task JoinAllAsync(IReadOnlyList<SignedIn> everyone)
    {
        foreach (var participant in everyone)
        {
            seats.Add(await MeetingSeat.JoinAsync(participant, SessionId, seats.Count == 0 ? Follow : null));
        }
    }

    /// <summary>The next edit, from the next participant in turn; returns once the meeting has persisted it.</summary>
    public async Task EditAsync()
    {
        var n = edits++;
        var senderIndex = (int)(n % seats.Count);
        var sender = seats[senderIndex];
        var other = seats[(int)((n + 1) % seats.Count)].ProfessionalId;
        var value = (int)(n % 5) + 1;
        var area = (NeedsArea)(n % 8);
        Func<Task<EditOutcome>> edit = (n % EditKinds) switch
        {
            0 => () => sender.Connection.InvokeAsync<EditOutcome>(
                "SubmitRatings", SessionId, ChildId, Enum.GetValues<NeedsArea>().Select(a => new AreaRating(a, ((int)a + value) % 5 + 1)).ToArray()),
            1 => () => sender.Connection.InvokeAsync<EditOutcome>("SetConsensus", SessionId, ChildId, area, value),
            2 => SaveActionEdit(sender, other, n),
            // Any seat edits the details; only the barnkontakt may name a stödsamordnare, so none is named.
            _ => () => sender.Connection.InvokeAsync<EditOutcome>(
                "SaveDetails", SessionId, ChildId,
                new SessionPlanDetails([new PlanGoal($"Mål {n}: trivs i skolan", [area])], null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), $"Beslut {n}"),
                Interlocked.Read(ref detailsVersion)),
        };

        var sentAt = Stopwatch.GetTimestamp();
        EditOutcome outcome;
        try
        {
            outcome = await edit();
        }
        catch (HubException e)
        {
            // The server could not apply it (overload: a storage write timed out): never
            // acknowledged, so not a lost delivery, but counted and reported as a failure.
            Failed++;
            LastFailure = e.Message;
            return;
        }

        if (outcome.Applied)
        {
            sent.Add(new SentEdit(outcome.SessionVersion, sentAt, senderIndex));
        }
        else
        {
            Refused++;
        }
    }

    /// <summary>The meeting's version now, as the server has it (the end of what every seat must receive).</summary>
    public Task<long> CurrentVersionAsync() => target.SessionVersionAsync(convener, SessionId);

    public async ValueTask DisposeAsync()
    {
        foreach (var seat in seats)
        {
            await seat.DisposeAsync();
        }
    }

    /// <summary>New actions until the plan has five, then assignment changes to them (with the version last seen).</summary>
    private Func<Task<EditOutcome>> SaveActionEdit(MeetingSeat sender, string assignee, long n)
    {
        var known = actionVersions.ToArray();
        var (actionId, expected) = known.Length < ActionsPerPlan ? ((Guid?)null, 0L) : (known[n % known.Length].Key, known[n % known.Length].Value);
        var action = new SessionActionInput($"Insats {n % ActionsPerPlan}", AgencyKind.SocialServices, assignee, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(14)), PlanActionStatus.Planned);
        return () => sender.Connection.InvokeAsync<EditOutcome>("SaveAction", SessionId, ChildId, actionId, action, expected);
    }

    private void Follow(SessionEvent e)
    {
        if (e.Action is { } action)
        {
            actionVersions.AddOrUpdate(action.ActionId, action.ItemVersion, (_, seen) => Math.Max(seen, action.ItemVersion));
        }

        if (e.DetailsVersion is { } details)
        {
            Atomic.Max(ref detailsVersion, details);
        }

        if (Sample.Count < 200)
        {
            Sample.Enqueue(e);
        }
    }
}
