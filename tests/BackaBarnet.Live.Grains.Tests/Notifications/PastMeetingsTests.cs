using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>The meeting list does not grow with every meeting of a working life: long-past meetings leave it.</summary>
[Collection(ClockCollection.Name)]
public sealed class PastMeetingsTests(ClockClusterFixture fixture)
{
    [Fact]
    public async Task AMeetingPlannedMoreThanHalfAYearAgoLeavesTheListWhenANewOneComes()
    {
        var professional = fixture.Grains.GetGrain<IProfessionalGrain>(Children.Children.NewProfessionalId("moten"));
        var now = FakeClockConfigurator.Clock.GetUtcNow();
        var (longPast, past, next) = (Invitation(now.AddDays(-181)), Invitation(now.AddDays(-179)), Invitation(now.AddDays(1)));
        await professional.AddSessionInvitationAsync(longPast);
        await professional.RememberConvenedSessionAsync(past);

        await professional.AddSessionInvitationAsync(next);

        Assert.Equal([past.SessionId, next.SessionId], (await professional.GetSessionInvitationsAsync()).Select(i => i.SessionId));
    }

    private static SessionInvitation Invitation(DateTimeOffset scheduledAt) =>
        new(Guid.NewGuid(), SessionKind.Individual, scheduledAt, "erik-rektor", ["Elsa"]) { ChildIds = [Guid.NewGuid()] };
}
