using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

[Collection(ClusterCollection.Name)]
public sealed class SiloFailoverTests(ClusterFixture fixture, ITestOutputHelper output) : IDisposable
{
    public void Dispose() => fixture.WriteNodeProblems(output);

    private static readonly TimeSpan ConvergeWithin = TimeSpan.FromSeconds(10);

    [Fact]
    public async Task KillingTheSiloThatHostsAMeetingLosesNoAcknowledgedEditAndEveryoneConvergesWithoutReloading()
    {
        var cluster = await fixture.ReadyAsync(output);
        var (web1, web2) = (cluster.LiveWebNodes.First(), cluster.LiveWebNodes.Last());
        using var convener = await cluster.SignInAsync(Meetings.Convener, web1);
        using var social = await cluster.SignInAsync("sara-soc", web2);
        using var nurse = await cluster.SignInAsync("anna-bvc", web1);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await MeetingClient.JoinAsync(convener, sessionId, web1);
        await using var b = await MeetingClient.JoinAsync(social, sessionId, web2);
        await using var c = await MeetingClient.JoinAsync(nurse, sessionId, web1);
        MeetingClient[] everyone = [a, b, c];
        var alerts = new ConcernAlertRecorder(a.Connection);

        var host = await cluster.HostOfAsync((await cluster.AdminAsync()).GetGrain<ITeamSessionGrain>(sessionId))
            ?? throw new InvalidOperationException("The meeting is not active on any silo.");
        await using var load = new EditLoad(childId, everyone);
        await load.WaitForAsync(() => load.Acknowledged >= 30, TimeSpan.FromSeconds(30), "30 acknowledged edits before the fault");

        var ackedBefore = load.Acknowledged;
        var killedAt = load.Now;
        await host.Process.KillAsync();
        // How long the membership takes to declare it dead, measured alongside the rest.
        var declaredDead = Task.Run(async () =>
        {
            await Eventually.HoldsAsync(
                async () => (await cluster.MembershipAsync()).Any(m => m.Key.Endpoint.Port == host.SiloPort && m.Value == SiloStatus.Dead),
                TimeSpan.FromSeconds(30),
                $"{host.Process.Name} to be declared dead");
            return load.Now - killedAt;
        });

        // Edits sent after the kill are answered by a reactivated meeting; every participant
        // must have the first of them within the limit, counted from the kill, without a reload.
        await load.WaitForAsync(() => load.FirstSentAfter(killedAt) is not null, ConvergeWithin, "an edit acknowledged after the kill");
        var firstAfter = load.FirstSentAfter(killedAt)!.Value;
        var converged = await Convergence.WaitForVersionAsync(everyone, firstAfter.Version, () => load.Now, killedAt + ConvergeWithin) - killedAt;
        await load.WaitForAsync(() => load.AcknowledgedSentAfter(killedAt) >= 15, TimeSpan.FromSeconds(20), "15 edits acknowledged after the kill");
        await load.StopAsync();

        // The barnkontakt's alerts flow live again too: their web node renewed that observer as well.
        var concern = await social.RaiseConcernAsync(childId, "Ivar verkar ledsen efter rasterna", "Safe");
        await alerts.WaitForAsync(concern.ConcernId, ConvergeWithin);
        var alertAfter = load.Now - killedAt;

        var server = await Convergence.WaitUntilIdenticalAsync(convener, sessionId, everyone, ConvergeWithin);
        var present = server.Agenda.SelectMany(child => child.Actions).Select(action => action.What).ToHashSet();
        var acknowledged = load.AcknowledgedTexts;
        var newHost = await cluster.HostOfAsync((await cluster.AdminAsync()).GetGrain<ITeamSessionGrain>(sessionId));

        output.WriteLine($"killed {host.Process.Name} (hosting the meeting); declared dead in the membership {(await declaredDead).TotalSeconds:F2} s after the kill; reactivated on {newHost?.Process.Name}");
        output.WriteLine($"edits acknowledged before the kill: {ackedBefore}; acknowledged in all: {acknowledged.Count}; of them present after: {acknowledged.Count(present.Contains)}; actions on the server: {present.Count}");
        output.WriteLine($"first edit sent after the kill acknowledged {(firstAfter.At - killedAt).TotalSeconds:F2} s after it; every participant had it {converged.TotalSeconds:F2} s after the kill");
        output.WriteLine($"a concern raised after the fault was pushed live to the barnkontakt ({alertAfter.TotalSeconds:F2} s after the kill)");
        output.WriteLine($"client errors: {load.Errors.Count}");
        foreach (var error in load.Errors.Take(10))
        {
            output.WriteLine($"  {error}");
        }

        Assert.All(acknowledged, what => Assert.Contains(what, present));
        Assert.NotNull(newHost);
        Assert.NotEqual(host, newHost);
        // Both web nodes re-subscribed: events after the fault arrived as pushes, not only through catch-up.
        Assert.All(everyone, participant => Assert.True(participant.LastPushedVersion > firstAfter.Version, $"{participant.Name} got no push after the fault (last pushed {participant.LastPushedVersion})"));
        await cluster.ReportHealthAsync();
    }
}
