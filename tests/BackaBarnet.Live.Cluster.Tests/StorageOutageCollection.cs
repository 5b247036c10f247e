namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>
/// The storage outage gets a cluster of its own: what an outage leaves behind (grains that failed
/// to write, connections that were refused) must not become the starting point of the other tests.
/// </summary>
[CollectionDefinition(Name)]
public sealed class StorageOutageCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "local cluster for the storage outage";
}
