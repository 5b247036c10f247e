namespace BackaBarnet.Live.Cluster.Tests;

[CollectionDefinition(Name)]
public sealed class ClusterCollection : ICollectionFixture<ClusterFixture>
{
    public const string Name = "local cluster";
}
