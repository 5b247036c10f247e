using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Outage;

/// <summary>A system on an Azurite of its own, which the tests stop and start (the run's Azurite must stay up for every other test).</summary>
public sealed class OutageSystem : LiveSystem
{
    public AzuriteProcess Storage { get; private set; } = null!;

    protected override string StorageConnectionString => Storage.ConnectionString;

    public override async Task InitializeAsync()
    {
        Storage = await AzuriteProcess.StartNewAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await Storage.DisposeAsync();
    }
}
