using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>Every refusal carries a stable code and its arguments beside the English text (see docs/realtime-api.md).</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class ErrorCodeTests(LiveSystem system)
{
    [Fact]
    public async Task ABadRequestNamesItsCodeAndFieldBesideTheEnglishRule()
    {
        using var nurse = await system.SignInAsync("anna-bvc");

        var response = await nurse.Http.PostAsJsonAsync("/api/children", new { displayName = "  ", childContactId = "anna-bvc" });
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.FieldRequired, problem.GetProperty("code").GetString());
        Assert.Equal("displayName", problem.GetProperty("args").GetProperty("field").GetString());
        Assert.Contains("is required", problem.GetProperty("errors").GetProperty("displayName")[0].GetString());
    }

    [Fact]
    public async Task AStaleOrOutOfOrderChangeAndAnUnknownChildCarryTheirCodes()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var maria = await system.SignInAsync("maria-forskola");
        var child = (await (await erik.Http.PostAsJsonAsync("/api/children", new { displayName = "Kod", childContactId = "erik-rektor" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("childId").GetGuid();

        var stale = await erik.Http.PutAsJsonAsync($"/api/children/{child}/plan", new { goals = Array.Empty<object>(), expectedVersion = 7 });
        var stranger = await maria.Http.GetAsync($"/api/children/{child}");
        var unknown = await erik.Http.GetAsync($"/api/children/{Guid.NewGuid()}");

        var staleProblem = await stale.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(ErrorCodes.PlanStale, staleProblem.GetProperty("code").GetString());
        Assert.Equal("7", staleProblem.GetProperty("args").GetProperty("expected").GetString());
        Assert.Equal(ErrorCodes.AccessNoRoleForChild, await CodeAsync(stranger));
        Assert.Equal(ErrorCodes.AccessNoRoleForChild, await CodeAsync(unknown));
    }

    [Fact]
    public async Task AnUnauthenticatedCallGetsAProblemWithTheHttpCode()
    {
        using var anonymous = system.AnonymousClient();

        var response = await anonymous.GetAsync("/api/me/inbox");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("http.401", await CodeAsync(response));
    }

    [Fact]
    public async Task AHubRefusalCarriesItsCodeAndArgumentsAfterTheEnglishText()
    {
        using var sara = await system.SignInAsync("sara-soc");
        await using var connection = await sara.ConnectAsync();

        var refused = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<long>("WatchChild", Guid.NewGuid()));

        Assert.Matches(@"\[access\.no-role-for-child\] [^\n]+\n\{.*\}$", refused.Message);
    }

    private static async Task<string?> CodeAsync(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString();
}
