using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class TeamSessionLifecycleTests(LiveSystem system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ClosingCommitsTheMeetingToTheChildRecordOnceAndNotifiesAssignees()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var a = await SessionParticipant.JoinAsync(convener, sessionId);
        await a.InvokeAsync("SetConsensus", childId, "Safe", 2);
        await a.InvokeAsync("SetConsensus", childId, "Belonging", 3);
        await a.InvokeAsync("SaveAction", childId, null, Meetings.Action("Familjesamtal", "sara-soc"), 0L);
        await a.InvokeAsync("SaveDetails", childId, new { goals = new[] { new { text = "Känna sig trygg", areas = new[] { "Safe" } } }, supportCoordinatorId = "sara-soc", nextFollowUp = "2027-02-01", minutes = "Beslut: familjesamtal" }, 0L);

        var closed = await convener.Http.PostAsync($"/api/sessions/{sessionId}/close", null);
        var closedAgain = await convener.Http.PostAsync($"/api/sessions/{sessionId}/close", null);

        Assert.Equal(HttpStatusCode.OK, closed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, closedAgain.StatusCode);
        Assert.Equal(SessionStatus.Closed, (await closedAgain.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!.Status);
        var child = await convener.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{childId}", Json.Options);
        var consensus = Assert.Single(child!.Assessments);
        Assert.Equal((RaterKind.TeamConsensus, true), (consensus.Rater, consensus.IsBaseline));
        Assert.Equal(2, consensus.Ratings.Count);
        var action = Assert.Single(child.Plan!.Actions);
        Assert.Equal(("Familjesamtal", "sara-soc"), (action.What, action.ResponsibleId));
        Assert.Equal(("sara-soc", new DateOnly(2027, 2, 1)), (child.Plan.Details.SupportCoordinatorId, child.Plan.Details.NextFollowUp!.Value));
        Assert.Equal("Beslut: familjesamtal", Assert.Single(child.TeamMeetings).Minutes);
        var chronology = await convener.Http.GetFromJsonAsync<JsonElement[]>($"/api/children/{childId}/chronology");
        Assert.Single(chronology!, e => e.GetProperty("kind").GetString() == "TeamMeetingHeld");
        var assignments = await social.Http.GetFromJsonAsync<JsonElement[]>("/api/me/assignments");
        Assert.Contains(assignments!, x => x.GetProperty("childId").GetGuid() == childId && x.GetProperty("what").GetString() == "Familjesamtal");
    }

    [Fact]
    public async Task OnlyTheConvenerOpensAndClosesAndEditsWaitForTheMeetingToOpen()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener, open: false);
        await using var b = await SessionParticipant.JoinAsync(social, sessionId);

        var earlyEdit = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => b.InvokeAsync("SetConsensus", childId, "Safe", 3));
        var openedByOther = await social.Http.PostAsync($"/api/sessions/{sessionId}/open", null);
        var opened = await convener.Http.PostAsync($"/api/sessions/{sessionId}/open", null);
        var closedByOther = await social.Http.PostAsync($"/api/sessions/{sessionId}/close", null);

        Assert.Contains("Open", earlyEdit.Message);
        Assert.Equal(HttpStatusCode.Forbidden, openedByOther.StatusCode);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, closedByOther.StatusCode);
        await b.WaitForVersionAsync((await opened.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!.Version, Wait);
        Assert.Contains(SessionStatus.Open, b.Events.Select(e => e.Status).OfType<SessionStatus>());
    }

    [Fact]
    public async Task TwoTabsCountOnceAndClosingTheLastLeavesTheMeeting()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, _) = await Meetings.OpenAsync(convener);
        await using var watcher = await SessionParticipant.JoinAsync(convener, sessionId);
        var firstTab = await SessionParticipant.JoinAsync(social, sessionId);
        var secondTab = await SessionParticipant.JoinAsync(social, sessionId);

        await firstTab.Connection.InvokeAsync("LeaveSession", sessionId);
        var stillThere = await convener.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{sessionId}", Json.Options);
        await secondTab.Connection.InvokeAsync("LeaveSession", sessionId);
        var gone = await convener.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{sessionId}", Json.Options);

        Assert.Equal(PresenceState.Present, Presence(stillThere!, "sara-soc"));
        Assert.Equal(PresenceState.Left, Presence(gone!, "sara-soc"));
        Assert.Single(watcher.Events, e => e.Kind == SessionEventKind.PresenceChanged && e.Participant!.Participant.ParticipantId == "sara-soc" && e.Participant.Presence == PresenceState.Present);
        await firstTab.DisposeAsync();
        await secondTab.DisposeAsync();
    }

    [Fact]
    public async Task AConnectionThatDropsShowsTheParticipantAsReconnecting()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, _) = await Meetings.OpenAsync(convener);
        await using var watcher = await SessionParticipant.JoinAsync(convener, sessionId);
        var dropped = await SessionParticipant.JoinAsync(social, sessionId);

        // Disposing without LeaveSession is what the server sees when a laptop lid closes.
        await dropped.Connection.StopAsync();
        await Eventually.HoldsAsync(
            () => watcher.Events.Any(e => e.Participant?.Participant.ParticipantId == "sara-soc" && e.Participant.Presence != PresenceState.Present),
            Wait,
            "the dropped participant's presence to change");

        var change = watcher.Events.Last(e => e.Participant?.Participant.ParticipantId == "sara-soc");
        Assert.Contains(change.Participant!.Presence, new[] { PresenceState.Reconnecting, PresenceState.Left });
        await dropped.DisposeAsync();
    }

    [Fact]
    public async Task ConveningWarnsOfAnActiveSipAndIsRefusedWhileTheFamilyDeclinesSupport()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var child = await convener.RegisterChildAsync("Jonna", Meetings.Convener);
        await convener.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/linked-processes", new { kind = "Sip", status = "Active", responsible = "Regionens habilitering" });

        var convened = await convener.Http.PostAsJsonAsync("/api/sessions", new { kind = "Individual", childIds = new[] { child.ChildId }, scheduledAt = DateTimeOffset.UtcNow, participants = Array.Empty<object>() });
        await convener.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/support-decline", new { reason = "Vill inte" });
        var refused = await convener.Http.PostAsJsonAsync("/api/sessions", new { kind = "Individual", childIds = new[] { child.ChildId }, scheduledAt = DateTimeOffset.UtcNow, participants = Array.Empty<object>() });

        var snapshot = await convened.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options);
        Assert.Contains("Regionens habilitering", Assert.Single(snapshot!.Warnings));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
    }

    [Fact]
    public async Task OnlyTheBarnkontaktConvenes()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var child = await convener.RegisterChildAsync("Kaj", Meetings.Convener);

        var response = await social.Http.PostAsJsonAsync("/api/sessions", new { kind = "Individual", childIds = new[] { child.ChildId }, scheduledAt = DateTimeOffset.UtcNow, participants = Array.Empty<object>() });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static PresenceState Presence(SessionSnapshot snapshot, string participantId) =>
        snapshot.Participants.Single(p => p.Participant.ParticipantId == participantId).Presence;
}
