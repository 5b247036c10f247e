using System.Net;
using System.Net.Http.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class AuthenticationTests(LiveSystem system)
{
    [Theory]
    [InlineData("GET", "/api/me")]
    [InlineData("GET", "/api/me/concerns")]
    [InlineData("POST", "/api/children")]
    [InlineData("GET", "/api/professionals")]
    public async Task ApiCallsWithoutATokenAreUnauthorized(string method, string path)
    {
        using var anonymous = system.AnonymousClient();

        var response = await anonymous.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = JsonContent.Create(new { }) });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ATamperedTokenIsRefused()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var forged = system.AnonymousClient();
        forged.DefaultRequestHeaders.Authorization = new("Bearer", nurse.Token[..^4] + "AAAA");

        var response = await forged.GetAsync("/api/me");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task HubConnectionWithoutATokenIsRefused()
    {
        var connection = new HubConnectionBuilder().WithUrl(new Uri(system.BaseAddress, "/hubs/live")).Build();

        var error = await Assert.ThrowsAsync<HttpRequestException>(() => connection.StartAsync());

        Assert.Equal(HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task OnlyTheBarnkontaktReadsTheChildRecord()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var police = await system.SignInAsync("johan-polis");
        var child = await nurse.RegisterChildAsync("Greta", "anna-bvc");

        var asContact = await nurse.Http.GetAsync($"/api/children/{child.ChildId}");
        var asOther = await police.Http.GetAsync($"/api/children/{child.ChildId}");

        Assert.Equal(HttpStatusCode.OK, asContact.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, asOther.StatusCode);
    }

    [Fact]
    public async Task WithDevSignInOffItsEndpointsDoNotExist()
    {
        var production = await system.StartWebNodeAsync("--Auth:DevSignIn:Enabled=false", "--Auth:Authority=https://login.example.invalid", "--Auth:Audience=backabarnet-live");
        using var anonymous = new HttpClient { BaseAddress = production };

        var professionals = await anonymous.GetAsync("/api/dev/professionals");
        var signIn = await anonymous.PostAsJsonAsync("/api/dev/sign-in", new { professionalId = "anna-bvc" });
        var me = await anonymous.GetAsync("/api/me");

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (professionals.StatusCode, signIn.StatusCode));
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    [Fact]
    public async Task AnUnknownChildAndAChildWithoutARoleLookTheSameToAReader()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var police = await system.SignInAsync("johan-polis");
        var child = await nurse.RegisterChildAsync("Ulla", "anna-bvc");

        var existing = await police.Http.GetAsync($"/api/children/{child.ChildId}");
        var unknown = await police.Http.GetAsync($"/api/children/{Guid.NewGuid()}");

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden), (existing.StatusCode, unknown.StatusCode));
        Assert.Equal(await ProblemWithoutIdsAsync(existing, child.ChildId.ToString()), await ProblemWithoutIdsAsync(unknown, unknown.RequestMessage!.RequestUri!.Segments[^1]));
    }

    private static async Task<(string?, string?)> ProblemWithoutIdsAsync(HttpResponseMessage response, string childId)
    {
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        return (problem.GetProperty("title").GetString(), problem.GetProperty("detail").GetString()?.Replace(childId, "ID"));
    }

    [Fact]
    public async Task SignInAsSomeoneWhoIsNotSeededIsRefused()
    {
        using var anonymous = system.AnonymousClient();

        var response = await anonymous.PostAsJsonAsync("/api/dev/sign-in", new { professionalId = "mallory" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
