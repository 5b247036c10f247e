namespace BackaBarnet.Live.GrainInterfaces.SupportRequests;

/// <summary>
/// The requests for support waiting for one kind of agency's intake (mottagning), keyed by the
/// agency kind's number. The child grain owns each request; this is its index for the receivers.
/// </summary>
[Alias("bb.ISupportRequestQueueGrain")]
public interface ISupportRequestQueueGrain : IGrainWithIntegerKey
{
    /// <summary>Adds the entry (once per request id).</summary>
    [Alias("Add")]
    Task AddAsync(SupportRequestQueueEntry entry);

    [Alias("Remove")]
    Task RemoveAsync(Guid requestId);

    /// <summary>Oldest first.</summary>
    [Alias("Get")]
    Task<IReadOnlyList<SupportRequestQueueEntry>> GetAsync();
}
