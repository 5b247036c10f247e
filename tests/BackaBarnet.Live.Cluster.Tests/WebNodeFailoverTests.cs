using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class WebNodeFailoverTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    private static readonly TimeSpan Within = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task KillingAWebNodeMovesItsParticipantsToAnotherNodeAndConcernsQueuedMeanwhileArrive()
    {
        var cluster = await fixture.ReadyAsync(output);
        var (doomed, survivor) = (cluster.LiveWebNodes.First(), cluster.LiveWebNodes.Last());
        using var convener = await cluster.SignInAsync(Meetings.Convener, doomed);
        using var social = await cluster.SignInAsync("sara-soc", survivor);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await MeetingClient.JoinAsync(convener, sessionId, doomed);
        await using var b = await MeetingClient.JoinAsync(social, sessionId, survivor);
        await using (await NotificationRecorder.ConnectAsync(convener, doomed))
        {
            await using var load = new EditLoad(childId, a, b);
            await load.WaitForAsync(() => load.Acknowledged >= 20, TimeSpan.FromSeconds(30), "20 acknowledged edits before the fault");
            var ackedBefore = load.Acknowledged;
            var killedAt = load.Now;
            await doomed.Process.KillAsync();

            // While the barnkontakt has no connection anywhere, a concern about their child is raised.
            var concern = await social.RaiseConcernAsync(childId, "Ivar har varit frånvarande länge", "Developing");
            await load.WaitForAsync(() => a.Connection.State == HubConnectionState.Disconnected, Within, "the client noticing its node is gone");
            var noticedAt = load.Now;

            // The client reconnects as it would behind a load balancer: to the node still there, with a fresh snapshot.
            await a.ConnectAsync(survivor);
            await using var bell = await NotificationRecorder.ConnectAsync(convener, survivor);
            var reconnectedAt = load.Now;
            var alert = await bell.WaitForAsync(n => n.Kind == NotificationKind.ConcernRaised && n.ChildId == childId, Within);
            var alertAt = load.Now;

            await load.WaitForAsync(() => load.AcknowledgedSentAfter(reconnectedAt) >= 10, TimeSpan.FromSeconds(20), "10 edits acknowledged after reconnecting");
            var firstAfter = load.FirstSentAfter(reconnectedAt)!.Value;
            var converged = await Convergence.WaitForVersionAsync([a, b], firstAfter.Version, () => load.Now, killedAt + Within) - killedAt;
            await load.StopAsync();

            var server = await Convergence.WaitUntilIdenticalAsync(social, sessionId, [a, b], Within);
            var present = server.Agenda.SelectMany(child => child.Actions).Select(action => action.What).ToHashSet();
            var acknowledged = load.AcknowledgedTexts;

            output.WriteLine($"killed {doomed.Process.Name}; its participant noticed after {(noticedAt - killedAt).TotalSeconds:F2} s and rejoined on {survivor.Process.Name} {(reconnectedAt - killedAt).TotalSeconds:F2} s after the kill");
            output.WriteLine($"edits acknowledged before the kill: {ackedBefore}; acknowledged in all: {acknowledged.Count}; of them present after: {acknowledged.Count(present.Contains)}");
            output.WriteLine($"both participants had the first edit sent after rejoining {converged.TotalSeconds:F2} s after the kill");
            output.WriteLine($"the concern raised meanwhile ({concern.ConcernId}) reached the barnkontakt {(alertAt - killedAt).TotalSeconds:F2} s after the kill");
            output.WriteLine($"client errors: {load.Errors.Count} (edits tried while the participant had no connection)");
            foreach (var error in load.Errors.Take(5))
            {
                output.WriteLine($"  {error}");
            }

            Assert.All(acknowledged, what => Assert.Contains(what, present));
            Assert.Equal(childId, alert.ChildId);
        }

        await cluster.ReportHealthAsync();
    }
}
