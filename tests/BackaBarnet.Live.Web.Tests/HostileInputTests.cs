using System.Net;
using System.Net.Http.Json;
using System.Text;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class HostileInputTests(LiveSystem system)
{
    [Fact]
    public async Task AnOversizedBodyIsRefusedAndTheServiceKeepsServing()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var huge = $"{{\"displayName\":\"{new string('x', 400 * 1024)}\",\"childContactId\":\"anna-bvc\"}}";

        var response = await nurse.Http.PostAsync("/api/children", new StringContent(huge, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await nurse.Http.GetAsync("/api/me")).StatusCode);
    }

    [Fact]
    public async Task DeeplyNestedJsonIsABadRequest()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var nested = new string('[', 5000) + new string(']', 5000);

        var response = await nurse.Http.PostAsync("/api/children", new StringContent($"{{\"guardians\":{nested}}}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task ScriptInANameIsStoredAsInertText()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        const string name = "<script>alert('x')</script>";

        var child = await nurse.RegisterChildAsync(name, "anna-bvc");

        var read = await nurse.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{child.ChildId}", Json.Options);
        Assert.Equal(name, read!.DisplayName);
    }

    [Fact]
    public async Task AnOversizedHubMessageEndsOnlyThatConnection()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var social = await system.SignInAsync("sara-soc");
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var attacker = await SessionParticipant.JoinAsync(convener, sessionId);
        await using var other = await SessionParticipant.JoinAsync(social, sessionId);

        var oversized = attacker.InvokeAsync("SaveDetails", childId, new { goals = Array.Empty<object>(), minutes = new string('x', 200 * 1024) }, 0L);

        await Assert.ThrowsAnyAsync<Exception>(() => oversized);
        var stillServed = await other.InvokeAsync("SetConsensus", childId, "Safe", 3);
        Assert.True(stillServed.Applied);
    }

    [Theory]
    [InlineData("{\"agency\":\"Aliens\",\"givenBy\":\"Mamma\",\"givenOn\":\"2026-01-01\"}", "agency")]
    [InlineData("{\"agency\":7,\"givenBy\":\"Mamma\",\"givenOn\":\"2026-01-01\"}", "agency")]
    [InlineData("{\"agency\":\"Police\",\"givenBy\":[\"Mamma\"],\"givenOn\":\"2026-01-01\"}", "givenBy")]
    [InlineData("{\"agency\":\"Police\",\"givenBy\":\"Mamma\",\"givenOn\":true}", "givenOn")]
    public async Task UnknownEnumValuesAndWrongTypesAreRefusedNamingTheFieldAndChangeNothing(string body, string field)
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Vide", "erik-rektor");

        var response = await principal.Http.PostAsync($"/api/children/{child.ChildId}/consents", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), await response.Content.ReadAsStringAsync());
        var after = await principal.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{child.ChildId}", Json.Options);
        Assert.Empty(after!.Consents);
        Assert.Equal(child.Version, after.Version);
    }

    [Fact]
    public async Task AnUnknownAreaInAHubEditIsRefusedAndTheConnectionCarriesOn()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        var (sessionId, childId) = await Meetings.OpenAsync(convener);
        await using var participant = await SessionParticipant.JoinAsync(convener, sessionId);

        await Assert.ThrowsAnyAsync<Exception>(() => participant.InvokeAsync("SetConsensus", childId, "Nowhere", 3));
        var next = await participant.InvokeAsync("SetConsensus", childId, "Safe", 4);

        Assert.True(next.Applied);
    }
}
