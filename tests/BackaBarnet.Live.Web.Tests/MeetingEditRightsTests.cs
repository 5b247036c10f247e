using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>
/// Who edits what (README "Who may change what in a meeting", docs/realtime-api.md): in the
/// meeting the team agrees together, the convener records it by closing; outside a meeting the
/// plan is the barnkontakt's and the stödsamordnare's.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class MeetingEditRightsTests(LiveSystem system)
{
    [Fact]
    public async Task TheTeamAgreesOnThePlanTogetherInTheMeetingAndTheConvenerRecordsItByClosing()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var inMeeting = await SessionParticipant.JoinAsync(social, sessionId);

        var consensus = await inMeeting.InvokeAsync("SetConsensus", childId, NeedsArea.Safe, 3);
        var action = await inMeeting.InvokeAsync("SaveAction", childId, null, Meetings.Action("Samtalsstöd", "sara-soc"), 0L);
        var details = await inMeeting.InvokeAsync("SaveDetails", childId, new { goals = Array.Empty<object>(), minutes = "Teamet kom överens" }, 0L);
        var outsideTheMeeting = await social.Http.PostAsJsonAsync($"/api/children/{childId}/plan/actions",
            new { what = "Egen insats", agency = "SocialServices", expectedVersion = 0 });
        var closedByParticipant = await social.Http.PostAsync($"/api/sessions/{sessionId}/close", null);
        var closedByConvener = await convener.Http.PostAsync($"/api/sessions/{sessionId}/close", null);

        Assert.True(consensus.Applied && action.Applied && details.Applied);
        Assert.Equal(HttpStatusCode.Forbidden, outsideTheMeeting.StatusCode);
        Assert.Equal("access.plan-editor-only", (await outsideTheMeeting.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.OK), (closedByParticipant.StatusCode, closedByConvener.StatusCode));
        var plan = await convener.Http.GetFromJsonAsync<PlanView>($"/api/children/{childId}/plan", Json.Options);
        Assert.Equal(["Samtalsstöd"], plan!.Actions.Select(a => a.What).ToArray());
    }
}
