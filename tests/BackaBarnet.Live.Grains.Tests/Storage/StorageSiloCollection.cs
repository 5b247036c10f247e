namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>One silo for every test of the grain storage: starting one is the slow part.</summary>
[CollectionDefinition(Name)]
public sealed class StorageSiloCollection : ICollectionFixture<StorageSilo>
{
    public const string Name = "grain storage";
}
