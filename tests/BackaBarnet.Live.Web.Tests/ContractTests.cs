using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>
/// What an outside client written from README, docs/realtime-api.md and the OpenAPI document
/// relies on: versions, ids of what it created, the required fields, what a withheld event holds,
/// and that the directory needs a token.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed partial class ContractTests(LiveSystem system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task ANegativeExpectedItemVersionIsRefusedNamingTheFieldAndAddsNoAction()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var participant = await SessionParticipant.JoinAsync(convener, sessionId);

        var refused = await Assert.ThrowsAsync<HubException>(() => participant.InvokeAsync("SaveAction", childId, null, Meetings.Action("Läxhjälp"), -5L));

        var answer = Coded().Match(refused.Message);
        Assert.Equal("field.below-minimum", answer.Groups[1].Value);
        Assert.Equal("expectedItemVersion", JsonSerializer.Deserialize<Dictionary<string, string>>(answer.Groups[2].Value)!["field"]);
        var snapshot = await participant.Connection.InvokeAsync<SessionSnapshot>("GetSession", sessionId);
        Assert.Empty(snapshot.Agenda[0].Actions);
    }

    [Fact]
    public async Task ANegativeExpectedPlanVersionIsBadInputNotAConflict()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Nils", "erik-rektor");

        var response = await principal.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions",
            new { what = "Läxhjälp", agency = "SchoolOrPreschool", expectedVersion = -1 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("field.below-minimum", "expectedVersion"), (problem.GetProperty("code").GetString(), problem.GetProperty("args").GetProperty("field").GetString()));
    }

    [Fact]
    public async Task SavingANewActionInAMeetingAnswersTheIdItCanEditItBy()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var participant = await SessionParticipant.JoinAsync(convener, sessionId);

        var created = await participant.InvokeAsync("SaveAction", childId, null, Meetings.Action("Läxhjälp"), 0L);
        var edited = await participant.InvokeAsync("SaveAction", childId, created.ActionId, Meetings.Action("Läxhjälp tisdagar"), 1L);

        Assert.NotNull(created.ActionId);
        Assert.True(edited.Applied);
        Assert.Equal(created.ActionId, edited.ActionId);
        var snapshot = await participant.Connection.InvokeAsync<SessionSnapshot>("GetSession", sessionId);
        Assert.Equal("Läxhjälp tisdagar", Assert.Single(snapshot.Agenda[0].Actions).What);
    }

    [Fact]
    public async Task AddingAPlanActionAnswersItsActionId()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Svea", "erik-rektor");

        var response = await principal.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions",
            new { what = "Läxhjälp", agency = "SchoolOrPreschool", expectedVersion = 0 });

        var answer = await response.Content.ReadFromJsonAsync<JsonElement>();
        var actionId = answer.GetProperty("actionId").GetGuid();
        Assert.Equal(actionId, answer.GetProperty("plan").GetProperty("actions")[0].GetProperty("actionId").GetGuid());
    }

    [Fact]
    public async Task TheApiDescriptionRequiresOfAnInviteeExactlyWhatTheServerDoes()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var child = await convener.RegisterChildAsync("Tyra", Meetings.Convener);

        var document = await convener.Http.GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var convened = await convener.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { child.ChildId },
            scheduledAt = DateTimeOffset.UtcNow.AddDays(1),
            participants = new[] { new { participantId = "sara-soc" } },
        });

        var invitee = document.GetProperty("components").GetProperty("schemas").GetProperty("InvitedParticipant");
        Assert.Equal(["participantId"], invitee.GetProperty("required").EnumerateArray().Select(r => r.GetString()!).ToArray());
        Assert.Equal(HttpStatusCode.Created, convened.StatusCode);
        var snapshot = (await convened.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!;
        Assert.Contains(snapshot.Participants, p => p.Participant.ParticipantId == "sara-soc" && p.Participant.Name == "Sara Nyström");
    }

    [Fact]
    public async Task AWithheldDetailsEventCarriesNoDetailsVersion()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var police = await system.SignInAsync("johan-polis");
        var child = await convener.RegisterChildAsync("Gösta", Meetings.Convener);
        var convened = await convener.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { child.ChildId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new[] { new { participantId = "johan-polis" } },
        });
        var sessionId = (await convened.Content.ReadFromJsonAsync<SessionSnapshot>(Json.Options))!.SessionId;
        await (await convener.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessAsync();
        await using var withConsent = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var withoutConsent = await SessionParticipant.JoinAsync(police, sessionId);

        var saved = await withConsent.InvokeAsync("SaveDetails", child.ChildId, new { goals = Array.Empty<object>(), minutes = "Anteckning" }, 0L);
        await withoutConsent.WaitForVersionAsync(saved.SessionVersion, Wait);
        var caughtUp = await withoutConsent.Connection.InvokeAsync<SessionCatchUp>("GetSessionSince", sessionId, saved.SessionVersion - 1);

        var live = withoutConsent.Events.Single(e => e.Version == saved.SessionVersion);
        Assert.True(live.Withheld);
        Assert.Null(live.DetailsVersion);
        Assert.Null(Assert.Single(caughtUp.Events!).DetailsVersion);
    }

    [Fact]
    public async Task TheDirectoryNeedsATokenAndTheDevSignInOffersOnlyTheDemoPeople()
    {
        using var anonymous = new HttpClient { BaseAddress = system.BaseAddress };
        using var nurse = await system.SignInAsync("anna-bvc");

        var withoutToken = await anonymous.GetAsync("/api/dev/professionals");
        var withToken = await nurse.Http.GetAsync("/api/dev/professionals");
        var demo = await anonymous.GetFromJsonAsync<JsonElement[]>("/auth/demo-people");

        Assert.Equal((HttpStatusCode.Unauthorized, HttpStatusCode.OK), (withoutToken.StatusCode, withToken.StatusCode));
        Assert.Subset(BackaBarnet.Live.Web.Auth.DemoPeople.All.Select(p => p.Id).ToHashSet(), demo!.Select(p => p.GetProperty("id").GetString()!).ToHashSet());
        Assert.Contains(demo!, p => p.GetProperty("id").GetString() == "anna-bvc");
    }

    [GeneratedRegex(@"HubException: \[([a-z0-9.-]+)\] [^\n]*\n(\{.*\})\s*$", RegexOptions.Singleline)]
    private static partial Regex Coded();
}
