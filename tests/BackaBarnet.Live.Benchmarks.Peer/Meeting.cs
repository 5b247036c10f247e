using System.Text.Json;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>
/// One live meeting. Edits go one at a time (the gate): check, apply, write the row, broadcast,
/// answer — so the group gets every version once and in order, and an edit is acknowledged only
/// once it is stored. A failed write puts back the state as last stored.
/// </summary>
public sealed class Meeting(MeetingState state, byte[] stored)
{
    private const int MaxText = 2000;
    private const int MaxGoals = 20;

    private readonly SemaphoreSlim gate = new(1, 1);
    private MeetingState state = state;
    private byte[] stored = stored;

    public Guid SessionId => state.SessionId;

    public Guid ChildId => state.ChildId;

    public long Version => state.Version;

    public bool HasParticipant(string id) => state.Participants.Contains(id);

    public Task<EditOutcome> SubmitRatingsAsync(string actor, AreaRating[] ratings, MeetingIo io)
    {
        Check(ratings.Length is > 0 and <= 8 && ratings.DistinctBy(r => r.Area).Count() == ratings.Length, "ratings", "one rating per area, at most eight");
        foreach (var rating in ratings)
        {
            Check(Enum.IsDefined(rating.Area) && rating.Value is >= 1 and <= 5, "ratings", "an area and a value from 1 to 5");
            Check(rating.Note is null || rating.Note.Length <= MaxText, "ratings.note", $"at most {MaxText} characters");
        }

        return EditAsync(actor, s =>
        {
            s.Ratings[actor] = ratings;
            var spread = s.Ratings.Values.SelectMany(r => r).GroupBy(r => r.Area).Select(g => new AreaSpread(
                g.Key, g.Count(), g.Min(r => r.Value), g.Max(r => r.Value), g.Average(r => r.Value), g.Max(r => r.Value) - g.Min(r => r.Value) >= 2)).ToArray();
            return (e => e with { Kind = EventKind.RatingsSubmitted, RatedBy = actor, Spread = spread }, null);
        }, io);
    }

    public Task<EditOutcome> SetConsensusAsync(string actor, NeedsArea area, int? value, MeetingIo io)
    {
        Check(Enum.IsDefined(area), "area", "one of the eight areas");
        Check(value is null or (>= 1 and <= 5), "value", "empty or 1 to 5");
        return EditAsync(actor, s =>
        {
            if (value is { } set)
            {
                s.Consensus[area] = set;
            }
            else
            {
                s.Consensus.Remove(area);
            }

            s.ConsensusChanges[area] = new AreaChange(area, actor, DateTimeOffset.UtcNow);
            var consensus = s.Consensus.Select(c => new AreaRating(c.Key, c.Value)).ToArray();
            return (e => e with { Kind = EventKind.ConsensusSet, Consensus = consensus, ConsensusChanges = s.ConsensusChanges.Values.ToArray() }, null);
        }, io);
    }

    public Task<EditOutcome> SaveActionAsync(string actor, Guid? actionId, ActionInput input, long expectedItemVersion, MeetingIo io)
    {
        Check(!string.IsNullOrWhiteSpace(input.What) && input.What.Length <= MaxText, "action.what", $"1 to {MaxText} characters");
        Check(Enum.IsDefined(input.Agency) && Enum.IsDefined(input.Status), "action", "a known agency and status");
        Check(expectedItemVersion >= 0, "expectedItemVersion", "0 or more");
        Check(input.AssigneeId is null || state.Participants.Contains(input.AssigneeId), "action.assigneeId", "a participant of the meeting");
        return EditAsync(actor, s =>
        {
            var id = actionId ?? Guid.NewGuid();
            var current = s.Actions.GetValueOrDefault(id);
            if ((current?.ItemVersion ?? 0) != expectedItemVersion)
            {
                return (null, $"stale: the action is at version {current?.ItemVersion ?? 0}");
            }

            var saved = new PlanAction(id, input.What, input.Agency, input.AssigneeId, input.Due, input.Status, expectedItemVersion + 1, actor, DateTimeOffset.UtcNow, input.SharedWithFamily);
            s.Actions[id] = saved;
            return (e => e with { Kind = EventKind.PlanActionSaved, Action = saved }, null);
        }, io, actionId: a => a.Action?.ActionId);
    }

    public Task<EditOutcome> SaveDetailsAsync(string actor, PlanDetails details, long expectedItemVersion, MeetingIo io)
    {
        Check(details.Goals.Count <= MaxGoals && details.Goals.All(g => g.Text.Length is > 0 and <= MaxText), "details.goals", $"at most {MaxGoals} goals of 1 to {MaxText} characters");
        Check(details.Minutes is null || details.Minutes.Length <= 20 * MaxText, "details.minutes", "at most 40,000 characters");
        return EditAsync(actor, s =>
        {
            if (s.DetailsVersion != expectedItemVersion)
            {
                return (null, $"stale: the details are at version {s.DetailsVersion}");
            }

            s.Details = details;
            s.DetailsVersion++;
            return (e => e with { Kind = EventKind.PlanDetailsSaved, Details = details, DetailsVersion = s.DetailsVersion }, null);
        }, io);
    }

    private async Task<EditOutcome> EditAsync(
        string actor,
        Func<MeetingState, (Func<MeetingEvent, MeetingEvent>? Event, string? Refused)> apply,
        MeetingIo io,
        Func<MeetingEvent, Guid?>? actionId = null)
    {
        if (!HasParticipant(actor))
        {
            throw new PeerRefusal("sessionId", "you are not a participant of this meeting");
        }

        await gate.WaitAsync();
        try
        {
            var (makeEvent, refused) = apply(state);
            if (makeEvent is null)
            {
                return new EditOutcome(false, state.Version, refused);
            }

            state.Version++;
            var change = makeEvent(new MeetingEvent(state.Version, EventKind.PresenceChanged, DateTimeOffset.UtcNow, actor) { ChildId = state.ChildId });
            var bytes = JsonSerializer.SerializeToUtf8Bytes(state, PeerJson.Options);
            try
            {
                await io.WriteAsync(state.SessionId, bytes);
            }
            catch
            {
                // Not stored: nothing is sent, and the meeting is as it was last stored.
                state = JsonSerializer.Deserialize<MeetingState>(stored, PeerJson.Options)!;
                throw;
            }

            stored = bytes;
            await io.SendAsync(state.SessionId, change);

            return new EditOutcome(true, state.Version, ActionId: actionId?.Invoke(change));
        }
        finally
        {
            gate.Release();
        }
    }

    private static void Check(bool holds, string field, string rule)
    {
        if (!holds)
        {
            throw new PeerRefusal(field, rule);
        }
    }
}
