using BackaBarnet.Live.GrainInterfaces.Identity;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

[Collection(ClusterCollection.Name)]
public sealed class BrowserSessionGrainTests(ClusterFixture fixture)
{
    private static readonly byte[] Ticket = [1, 2, 3];

    private IBrowserSessionGrain NewSession() => fixture.Grains.GetGrain<IBrowserSessionGrain>(Guid.NewGuid().ToString("N"));

    private static DateTimeOffset InHalfAnHour => DateTimeOffset.UtcNow.AddMinutes(30);

    [Fact]
    public async Task AStartedSessionGivesItsTicketBackUntilItEnds()
    {
        var session = NewSession();
        await session.StartAsync(Ticket, InHalfAnHour);

        Assert.Equal(Ticket, await session.FindAsync());
        await session.EndAsync();
        Assert.Null(await session.FindAsync());
    }

    [Fact]
    public async Task ARenewalArrivingAfterSigningOutDoesNotBringTheSessionBack()
    {
        var session = NewSession();
        await session.StartAsync(Ticket, InHalfAnHour);
        await session.EndAsync();

        await session.ExtendAsync([4, 5, 6], InHalfAnHour);

        Assert.Null(await session.FindAsync());
    }

    [Fact]
    public async Task AnExpiredSessionGivesNothing()
    {
        var session = NewSession();
        await session.StartAsync(Ticket, DateTimeOffset.UtcNow.AddSeconds(-1));

        Assert.Null(await session.FindAsync());
    }

    [Fact]
    public async Task AnUnknownKeyGivesNothingAndARenewalCannotCreateIt()
    {
        var session = NewSession();

        await session.ExtendAsync(Ticket, InHalfAnHour);

        Assert.Null(await session.FindAsync());
    }
}
