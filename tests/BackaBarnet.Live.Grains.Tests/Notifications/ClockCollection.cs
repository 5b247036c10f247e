namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>Tests in this collection share one moved clock, so they run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ClockCollection : ICollectionFixture<ClockClusterFixture>
{
    public const string Name = "moved clock";
}
