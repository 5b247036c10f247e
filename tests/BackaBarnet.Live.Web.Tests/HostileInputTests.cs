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
}
