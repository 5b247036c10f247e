using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Concerns;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Grains.Evaluation;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// The live record keeps every concern still in play and the newest <see cref="HandledKept"/>
/// handled ones: once <see cref="HandledLiveMax"/> are handled, the oldest raised
/// <see cref="HandledKept"/> go to the archive table (<see cref="IClosedConcernArchive"/>) and the
/// state keeps their statistics facts, equal ones counted together. Older handled concerns are read
/// a page at a time. A concern a remembered raise request points to stays live, so a retry of
/// that request still finds it (<see cref="ConcernRequests"/>).
/// </summary>
internal sealed partial class ChildGrain
{
    /// <summary>
    /// Ten handled concerns cover years of a typical child (a few concerns a year), so the page
    /// shows the recent pattern without a click; the worst case live (19 handled, 4,000 characters of
    /// text and of outcome each) stays well inside the storage cap.
    /// </summary>
    internal const int HandledKept = 10;
    internal const int HandledLiveMax = 2 * HandledKept;

    public async Task<ClosedConcernPage> GetClosedConcernsAsync(long? before, int take)
    {
        EnsureRegistered();
        if (take is < 1 or > ClosedConcernPage.MaxTake)
        {
            throw new DomainRuleException("take", $"must be 1–{ClosedConcernPage.MaxTake}.", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 1), ("max", ClosedConcernPage.MaxTake)));
        }

        if (before is < 1)
        {
            throw new DomainRuleException("before", "must be a number from an earlier page (1 or more).", ErrorCodes.FieldOutOfRange, ErrorCodes.Args(("min", 1)));
        }

        if (state.State.ArchivedConcerns == 0)
        {
            return new ClosedConcernPage([], null);
        }

        var page = await closedConcerns.ReadNewestFirstAsync(ChildId, before, take);
        // A concern archived while the state that drops it was not yet written is in both: the live one answers.
        var live = state.State.Concerns.Select(c => c.ConcernId).ToHashSet();
        var next = page.Count == take && page[^1].Sequence > 1 ? page[^1].Sequence : (long?)null;
        return new ClosedConcernPage([.. page.Where(a => !live.Contains(a.Concern.ConcernId)).Select(a => a.Concern)], next);
    }

    /// <summary>
    /// After a commit was written: moves the oldest handled concerns out when there are too many.
    /// Written to the archive first; the state that no longer holds them goes with the next write.
    /// A failed move changes nothing and is tried again after the next change; a repeated move
    /// gives each concern the same sequence, so the same row.
    /// </summary>
    private async Task ArchiveHandledConcernsAsync()
    {
        var remembered = state.State.ConcernRequests.Select(r => r.ConcernId).ToHashSet();
        var movable = state.State.Concerns.Where(c => c.Status == ConcernStatus.Handled && !remembered.Contains(c.ConcernId)).ToArray();
        if (movable.Length < HandledLiveMax)
        {
            return;
        }

        var first = state.State.ArchivedConcerns + 1;
        var moving = movable.Take(movable.Length - HandledKept).Select((c, i) => new ArchivedConcern(first + i, c)).ToArray();
        try
        {
            await closedConcerns.ArchiveAsync(ChildId, moving);
        }
        catch (Exception e)
        {
            LogConcernArchiveFailed(e, ChildId, moving.Length);
            return;
        }

        var moved = moving.Select(a => a.Concern.ConcernId).ToHashSet();
        foreach (var fact in moving.Select(a => EvaluationFacts.ConcernRaised(state.State, a.Concern)))
        {
            var index = state.State.ArchivedConcernEvents.FindIndex(e => e.Event == fact);
            if (index < 0)
            {
                state.State.ArchivedConcernEvents.Add(new ArchivedConcernEvents(fact, 1));
            }
            else
            {
                state.State.ArchivedConcernEvents[index] = state.State.ArchivedConcernEvents[index] with { Count = state.State.ArchivedConcernEvents[index].Count + 1 };
            }
        }

        state.State.Concerns.RemoveAll(c => moved.Contains(c.ConcernId));
        state.State.ArchivedConcerns += moving.Length;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving {Count} handled concerns of child {ChildId} to the archive failed; they stay in the record and are tried again")]
    private partial void LogConcernArchiveFailed(Exception error, Guid childId, int count);
}
