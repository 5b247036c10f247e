using Orleans.Concurrency;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// One per web node per child with viewers on that node (the child page): told that the record
/// moved to a new version. It carries no data: each viewer reads the record again, cut to their
/// own view, so nothing a viewer may not see travels through the push.
/// </summary>
[Alias("bb.IChildObserver")]
public interface IChildObserver : IGrainObserver
{
    // One-way: a slow or vanished web node must never hold up a change to the record.
    [OneWay]
    [Alias("OnChildChanged")]
    Task OnChildChangedAsync(Guid childId, long version);
}
