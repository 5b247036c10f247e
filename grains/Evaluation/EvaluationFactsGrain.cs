using BackaBarnet.Live.GrainInterfaces.Evaluation;
using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Serialization;

namespace BackaBarnet.Live.Grains.Evaluation;

/// <summary>
/// Keeps its children's facts in memory and writes them a few seconds after a change. The facts
/// are derived from the children's records, so what a crash loses in that window is made good by
/// the child's next change or a rebuild; written at once, every child change (a concern on its
/// way to the barnkontakt among them) waited for a write of a whole shard, a thirty-second of
/// every child's facts, which grows with the number of children.
/// </summary>
internal sealed partial class EvaluationFactsGrain(
    [PersistentState("evaluation", StorageNames.Records)] IPersistentState<EvaluationFactsState> state,
    Serializer<ChildFacts> serializer,
    ILogger<EvaluationFactsGrain> logger) : Grain, IEvaluationFactsGrain
{
    private static readonly TimeSpan WriteAfter = TimeSpan.FromSeconds(5);

    private IGrainTimer? writeTimer;
    private bool writing;

    public Task RecordAsync(Guid childId, ChildFacts facts)
    {
        if (state.State.Children.TryGetValue(childId, out var known))
        {
            // A rebuild and a live change may cross: the higher record version is the newer truth.
            if (known.RecordVersion > facts.RecordVersion)
            {
                return Task.CompletedTask;
            }

            // Most changes on a day leave the facts as they were (activity is kept per day): no write.
            if (SameContent(known, facts with { RecordVersion = known.RecordVersion }))
            {
                return Task.CompletedTask;
            }
        }

        state.State.Children[childId] = facts;
        ScheduleWrite();
        return Task.CompletedTask;
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        if (writeTimer is not null)
        {
            writeTimer.Dispose();
            writeTimer = null;
            await state.WriteStateAsync();
        }

        await base.OnDeactivateAsync(reason, cancellationToken);
    }

    private void ScheduleWrite() =>
        // Interleaved, so facts keep arriving while a write is on its way.
        writeTimer ??= this.RegisterGrainTimer(WriteAsync, new GrainTimerCreationOptions(WriteAfter, Timeout.InfiniteTimeSpan) { Interleave = true });

    private async Task WriteAsync(CancellationToken cancellation)
    {
        writeTimer?.Dispose();
        writeTimer = null;
        if (writing)
        {
            // One write at a time (each carries the ETag the last one got); this one follows it.
            ScheduleWrite();
            return;
        }

        writing = true;
        try
        {
            // The state is serialized before the first await, so facts arriving meanwhile wait for the next write.
            await state.WriteOrDeactivateAsync(this);
        }
        catch (Exception e)
        {
            // The activation is dropped (WriteOrDeactivate); the timer has no caller to tell.
            LogWriteFailed(e, this.GetPrimaryKeyLong());
        }
        finally
        {
            writing = false;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Evaluation shard {Shard}: writing the facts failed; the shard is reloaded, and a rebuild restores what it held in memory.")]
    private partial void LogWriteFailed(Exception exception, long shard);

    public Task<IReadOnlyList<ChildFacts>> GetFactsAsync() =>
        Task.FromResult<IReadOnlyList<ChildFacts>>(state.State.Children.Values.ToArray());

    public Task<IReadOnlyList<Guid>> GetChildIdsAsync() =>
        Task.FromResult<IReadOnlyList<Guid>>(state.State.Children.Keys.ToArray());

    /// <summary>Records holding lists compare by reference; their serialized bytes compare by content.</summary>
    private bool SameContent(ChildFacts a, ChildFacts b) => serializer.SerializeToArray(a).AsSpan().SequenceEqual(serializer.SerializeToArray(b));
}
