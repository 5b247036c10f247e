using System.Collections.Concurrent;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Sessions;

/// <summary>
/// A meeting whose write fails goes on in the same activation, so the web nodes' subscriptions
/// stay and the next edit reaches everyone. It used to drop the activation, and the edits of the
/// next second or so reached no one (issue 21's fan-out runs).
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class MeetingWriteFailureTests(ClusterFixture fixture)
{
    private static readonly TimeSpan Delivery = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task AfterAWriteThatFailedTheNextEditReachesTheSameSubscriberWithTheNextVersion()
    {
        var (session, childId, contact) = await OpenMeetings.OpenAsync(fixture.Grains);
        var seen = await SubscribeAsync(session);
        var first = await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 2)], contact);

        WriteFaults.FailNext(session.GetGrainId());
        var failed = await Assert.ThrowsAsync<OrleansException>(() => session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 3)], contact));
        Assert.IsType<GrainStorageFailedException>(failed.InnerException);

        // Not subscribed again: the subscription from before the failure still delivers.
        var next = await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Safe, 4)], contact);
        Assert.Equal(first.SessionVersion + 1, next.SessionVersion);
        await Eventually.HoldsAsync(() => seen.Any(e => e.Version == next.SessionVersion), Delivery, "the edit after the failed write");
        Assert.Equal([first.SessionVersion, next.SessionVersion], seen.Select(e => e.Version).Where(v => v >= first.SessionVersion).Order());

        // The failed edit is gone from the meeting; the catch-up has what was stored, once.
        Assert.Equal(next.SessionVersion, (await session.GetSnapshotAsync(contact)).Version);
        var catchUp = await session.GetSinceAsync(contact, first.SessionVersion - 1);
        Assert.Equal([first.SessionVersion, next.SessionVersion], catchUp.Events!.Select(e => e.Version));
    }

    /// <summary>
    /// Stored although its answer was lost (or an earlier write landing late): the meeting follows
    /// what is stored, and since it cannot know which edit that version holds, a client behind it
    /// gets a snapshot rather than events that may not match.
    /// </summary>
    [Fact]
    public async Task AfterAWriteThatLandedThoughItFailedTheMeetingFollowsStorageAndCatchUpIsASnapshot()
    {
        var (session, childId, contact) = await OpenMeetings.OpenAsync(fixture.Grains);
        var seen = await SubscribeAsync(session);
        var first = await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Healthy, 2)], contact);

        WriteFaults.FailNext(session.GetGrainId(), land: true);
        await Assert.ThrowsAsync<OrleansException>(() => session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Healthy, 3)], contact));

        var next = await session.SubmitRatingsAsync(childId, [new AreaRating(NeedsArea.Healthy, 4)], contact);
        Assert.Equal(first.SessionVersion + 2, next.SessionVersion);
        await Eventually.HoldsAsync(() => seen.Any(e => e.Version == next.SessionVersion), Delivery, "the edit after the landed write");
        var catchUp = await session.GetSinceAsync(contact, first.SessionVersion);
        Assert.Null(catchUp.Events);
        Assert.Equal(next.SessionVersion, catchUp.Snapshot!.Version);
    }

    private async Task<ConcurrentQueue<SessionEvent>> SubscribeAsync(ITeamSessionGrain session)
    {
        var seen = new ConcurrentQueue<SessionEvent>();
        var observer = fixture.Cluster.Client.CreateObjectReference<ISessionObserver>(new Collecting(seen));
        await session.SubscribeAsync(observer);
        return seen;
    }

    private sealed class Collecting(ConcurrentQueue<SessionEvent> seen) : ISessionObserver
    {
        public Task OnSessionEventAsync(Guid sessionId, SessionEvent sessionEvent)
        {
            seen.Enqueue(sessionEvent);
            return Task.CompletedTask;
        }
    }
}
