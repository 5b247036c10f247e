using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Grains.Children;

/// <summary>
/// The live record keeps the newest chronology entries only: once there are
/// <see cref="ChronologyLiveMax"/>, the oldest <see cref="ChronologyMoved"/> go to the archive table
/// (<see cref="IChronologyArchive"/>) and the state keeps one instant per day of them for the
/// statistics. The whole chronology is read from both on demand.
/// </summary>
internal sealed partial class ChildGrain
{
    internal const int ChronologyMoved = 100;
    internal const int ChronologyLiveMax = 2 * ChronologyMoved;

    public async Task<IReadOnlyList<ChronologyEntry>> GetChronologyAsync()
    {
        EnsureRegistered();
        var archived = state.State.ArchivedChronologyEntries > 0 ? await archive.ReadAsync(ChildId) : [];
        // An entry archived while the state that drops it was not yet written is in both: once is enough.
        var live = state.State.Chronology.Select(e => e.Version).ToHashSet();
        return [.. state.State.Chronology.AsEnumerable().Reverse(), .. archived.Where(e => !live.Contains(e.Version)).OrderByDescending(e => e.Version)];
    }

    /// <summary>
    /// After a commit was written: moves the oldest entries out when there are too many. The move
    /// is written to the archive first; the state that no longer holds them goes with the next
    /// write. A failed move changes nothing and is tried again after the next change.
    /// </summary>
    private async Task ArchiveOldChronologyAsync()
    {
        if (state.State.Chronology.Count < ChronologyLiveMax)
        {
            return;
        }

        var moving = state.State.Chronology.Take(ChronologyMoved).ToArray();
        try
        {
            await archive.ArchiveAsync(ChildId, moving);
        }
        catch (Exception e)
        {
            LogArchiveFailed(e, ChildId, moving.Length);
            return;
        }

        state.State.Chronology.RemoveRange(0, moving.Length);
        state.State.ArchivedChronologyEntries += moving.Length;
        var days = state.State.ArchivedActivity.Select(SwedishDate.DateOf).ToHashSet();
        state.State.ArchivedActivity.AddRange(moving.Select(e => e.At).Where(at => days.Add(SwedishDate.DateOf(at))));
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Moving {Count} chronology entries of child {ChildId} to the archive failed; they stay in the record and are tried again")]
    private partial void LogArchiveFailed(Exception error, Guid childId, int count);
}
