using BackaBarnet.Live.GrainInterfaces.SupportRequests;
using BackaBarnet.Live.Grains.Hosting;

namespace BackaBarnet.Live.Grains.SupportRequests;

internal sealed class SupportRequestQueueGrain(
    [PersistentState("support-requests", StorageNames.Records)] IPersistentState<SupportRequestQueueState> state) : Grain, ISupportRequestQueueGrain
{
    public async Task AddAsync(SupportRequestQueueEntry entry)
    {
        // Delivery is at-least-once: a retried call must not queue the request twice.
        if (state.State.Waiting.All(e => e.Request.RequestId != entry.Request.RequestId))
        {
            state.State.Waiting.Add(entry);
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public async Task RemoveAsync(Guid requestId)
    {
        if (state.State.Waiting.RemoveAll(e => e.Request.RequestId == requestId) > 0)
        {
            await state.WriteOrDeactivateAsync(this);
        }
    }

    public Task<IReadOnlyList<SupportRequestQueueEntry>> GetAsync() =>
        Task.FromResult<IReadOnlyList<SupportRequestQueueEntry>>(state.State.Waiting.OrderBy(e => e.Request.SentAt).ToArray());
}
