using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class TeamSessionHubTests(LiveSystem system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task EveryEditReachesEveryParticipantExactlyOnceAndInTheSameOrder()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        using var nurse = await system.SignInAsync("anna-bvc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var b = await SessionParticipant.JoinAsync(social, sessionId);
        await using var c = await SessionParticipant.JoinAsync(nurse, sessionId);
        var start = c.Joined.Version;

        var edits = new List<Task<EditOutcome>>();
        foreach (var (participant, i) in new[] { a, b, c }.SelectMany((p, i) => Enumerable.Range(0, 6).Select(n => (p, i * 6 + n))))
        {
            edits.Add(i % 2 == 0
                ? participant.InvokeAsync("SetConsensus", childId, (NeedsArea)(i % 8), i % 5 + 1)
                : participant.InvokeAsync("SaveAction", childId, null, Meetings.Action($"Insats {i}"), 0L));
        }

        var outcomes = await Task.WhenAll(edits);
        var last = outcomes.Max(o => o.SessionVersion);
        Assert.All(outcomes, o => Assert.True(o.Applied));
        Assert.Equal(start + 18, last);
        foreach (var participant in new[] { a, b, c })
        {
            await participant.WaitForVersionAsync(last, Wait);
            var versions = participant.Events.Select(e => e.Version).Where(v => v > start).ToArray();
            Assert.Equal(Enumerable.Range((int)start + 1, 18).Select(v => (long)v), versions);
        }

        Assert.Equal(Kinds(a, start), Kinds(b, start));
        Assert.Equal(Kinds(a, start), Kinds(c, start));
    }

    [Fact]
    public async Task AStaleEditIsRefusedWithTheCurrentValueAndEditsToOtherActionsDoNotConflict()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var b = await SessionParticipant.JoinAsync(social, sessionId);
        await a.InvokeAsync("SaveAction", childId, null, Meetings.Action("Samtalsstöd"), 0L);
        await a.InvokeAsync("SaveAction", childId, null, Meetings.Action("Läxhjälp"), 0L);
        var snapshot = await a.Connection.InvokeAsync<SessionSnapshot>("JoinSession", sessionId);
        var (first, second) = (snapshot.Agenda[0].Actions[0], snapshot.Agenda[0].Actions[1]);

        var byA = await a.InvokeAsync("SaveAction", childId, first.ActionId, Meetings.Action("Samtalsstöd varje vecka", "sara-soc"), first.ItemVersion);
        var staleByB = await b.InvokeAsync("SaveAction", childId, first.ActionId, Meetings.Action("Samtalsstöd varannan vecka"), first.ItemVersion);
        var otherByB = await b.InvokeAsync("SaveAction", childId, second.ActionId, Meetings.Action("Läxhjälp tisdagar"), second.ItemVersion);

        Assert.True(byA.Applied);
        Assert.False(staleByB.Applied);
        Assert.NotNull(staleByB.RefusedBecause);
        Assert.Equal(("Samtalsstöd varje vecka", "sara-soc", 2L), (staleByB.CurrentAction!.What, staleByB.CurrentAction.AssigneeId, staleByB.CurrentItemVersion!.Value));
        Assert.True(otherByB.Applied);
    }

    [Fact]
    public async Task HiddenRatingsAreNotSentToOthersBeforeTheConvenerRevealsThem()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var b = await SessionParticipant.JoinAsync(social, sessionId);

        var submitted = await b.InvokeAsync("SubmitRatings", childId, new[] { new { area = "Safe", value = 1 }, new { area = "Healthy", value = 3 } });
        await a.InvokeAsync("SubmitRatings", childId, new[] { new { area = "Safe", value = 4 } });
        await a.WaitForVersionAsync(submitted.SessionVersion, Wait);

        var seenByA = a.Events.Single(e => e.Version == submitted.SessionVersion);
        Assert.Equal((SessionEventKind.RatingsSubmitted, "sara-soc"), (seenByA.Kind, seenByA.RatedBy));
        Assert.Null(seenByA.Ratings);
        Assert.DoesNotContain(a.Events, e => e.Ratings is not null);

        await Assert.ThrowsAsync<HubException>(() => b.InvokeAsync("RevealRatings", childId));
        var revealed = await a.InvokeAsync("RevealRatings", childId);
        await b.WaitForVersionAsync(revealed.SessionVersion, Wait);

        var reveal = b.Events.Single(e => e.Kind == SessionEventKind.RatingsRevealed);
        Assert.Equal(2, reveal.Ratings!.Count);
        var safe = reveal.Spread!.Single(s => s.Area == NeedsArea.Safe);
        Assert.Equal((1, 4, true), (safe.Min, safe.Max, safe.Disagreement));
        Assert.False(reveal.Spread!.Single(s => s.Area == NeedsArea.Healthy).Disagreement);
    }

    [Fact]
    public async Task ASnapshotShowsOnlyTheViewersOwnRatingsUntilReveal()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var b = await SessionParticipant.JoinAsync(social, sessionId);
        await b.InvokeAsync("SubmitRatings", childId, new[] { new { area = "Leisure", value = 2 } });

        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);

        var agenda = a.Joined.Agenda.Single();
        Assert.Empty(agenda.Ratings);
        Assert.Equal(["sara-soc"], agenda.RatedBy);
        var own = (await b.Connection.InvokeAsync<SessionSnapshot>("JoinSession", sessionId)).Agenda.Single().Ratings;
        Assert.Equal("sara-soc", Assert.Single(own).ParticipantId);
    }

    [Fact]
    public async Task AParticipantWhoMissedEditsCatchesUpAndEndsWithTheSameState()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);
        var b = await SessionParticipant.JoinAsync(social, sessionId);
        var lastSeenByB = b.Joined.Version;
        await b.DisposeAsync();

        await a.InvokeAsync("SetConsensus", childId, "Belonging", 2);
        await a.InvokeAsync("SaveAction", childId, null, Meetings.Action("Fritidsgård"), 0L);
        var lastEdit = await a.InvokeAsync("SetConsensus", childId, "Belonging", 3);
        await using var back = await SessionParticipant.JoinAsync(social, sessionId);
        var missed = await back.Connection.InvokeAsync<SessionCatchUp>("GetSessionSince", sessionId, lastSeenByB);

        Assert.NotNull(missed.Events);
        Assert.Contains(missed.Events!, e => e.Version == lastEdit.SessionVersion && e.Consensus!.Single().Value == 3);
        Assert.Contains(missed.Events!, e => e.Action?.What == "Fritidsgård");
        var mine = back.Joined.Agenda.Single();
        var theirs = (await a.Connection.InvokeAsync<SessionSnapshot>("JoinSession", sessionId)).Agenda.Single();
        Assert.Equal(theirs.Consensus, mine.Consensus);
        Assert.Equal(theirs.Actions, mine.Actions);
    }

    [Fact]
    public async Task AnEditMadeThroughOneWebNodeReachesAParticipantOnAnother()
    {
        var secondNode = await system.StartWebNodeAsync();
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var onFirst = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var onSecond = await SessionParticipant.JoinAsync(social, sessionId, secondNode);

        var edit = await onFirst.InvokeAsync("SaveAction", childId, null, Meetings.Action("Familjebehandling", "sara-soc"), 0L);

        await onSecond.WaitForVersionAsync(edit.SessionVersion, Wait);
        var seen = onSecond.Events.Single(e => e.Version == edit.SessionVersion);
        Assert.Equal(("Familjebehandling", "sara-soc"), (seen.Action!.What, seen.Action.AssigneeId));
    }

    [Fact]
    public async Task OnlyInvitedParticipantsJoinAndBadEditsNameTheField()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var police = await system.SignInAsync("johan-polis");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);

        var notInvited = await Assert.ThrowsAsync<HubException>(() => SessionParticipant.JoinAsync(police, sessionId));
        var badRating = await Assert.ThrowsAsync<HubException>(() => a.InvokeAsync("SubmitRatings", childId, new[] { new { area = "Safe", value = 9 } }));
        var badAssignee = await Assert.ThrowsAsync<HubException>(() => a.InvokeAsync("SaveAction", childId, null, Meetings.Action("X", "johan-polis"), 0L));

        Assert.Contains("invited", notInvited.Message);
        Assert.Contains("ratings[0].value", badRating.Message);
        Assert.Contains("assigneeId", badAssignee.Message);
    }

    private static SessionEventKind[] Kinds(SessionParticipant participant, long after) =>
        participant.Events.Where(e => e.Version > after).Select(e => e.Kind).ToArray();
}
