using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// Every endpoint, called as every kind of caller, with the exact status and the exact number of
/// audit rows each call must leave. A new endpoint fails <see cref="TheTableCoversEveryEndpoint"/>
/// until it is added here.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class AccessMatrixTests(LiveSystem system, ITestOutputHelper output)
{
    public static TheoryData<Caller> Callers => new(Enum.GetValues<Caller>());

    /// <summary>The Orleans dashboard brings its own routes; every one of them must ask for the ops role.</summary>
    [Fact]
    public void EveryDashboardRouteNeedsTheOpsRole()
    {
        var dashboard = system.RouteEndpoints().Where(e => e.RoutePattern.RawText?.StartsWith("/ops/dashboard", StringComparison.Ordinal) == true).ToArray();

        Assert.NotEmpty(dashboard);
        Assert.All(dashboard, e => Assert.Contains(e.Metadata.GetOrderedMetadata<IAuthorizeData>(), a => a.Policy == "ops"));
    }

    [Fact]
    public void TheTableCoversEveryEndpoint()
    {
        var served = system.RoutePatterns()
            .Where(r => !r.EndsWith(" /hubs/live") && !r.Contains("/hubs/live/") && !r.EndsWith(" /hubs/family") && !r.Contains("/hubs/family/") && !r.Contains(" /ops/dashboard"))
            .Order()
            .ToArray();
        var covered = EndpointTable.Cases.Select(c => c.ToString()).Concat(EndpointTable.Public).Order().ToArray();

        Assert.Equal(served, covered);
    }

    [Theory]
    [MemberData(nameof(Callers))]
    public Task EveryEndpointAnswersEachCallerExactlyAsTheTableSays(Caller caller) => RunTableAsync(caller, fromProvider: false);

    /// <summary>The same table with bearer tokens the real OpenID Provider issued to the same people.</summary>
    [Theory]
    [InlineData(Caller.NoRelation)]
    [InlineData(Caller.OtherAgencyWithoutConsent)]
    [InlineData(Caller.OtherAgencyWithConsent)]
    public Task EveryEndpointAnswersAProviderTokenExactlyAsTheTableSays(Caller caller) => RunTableAsync(caller, fromProvider: true);

    private async Task RunTableAsync(Caller caller, bool fromProvider)
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: caller == Caller.OtherAgencyWithConsent);
        using var client = await ClientForAsync(caller, fromProvider);
        using var auditor = await system.SignInAsync("karin-revisor");
        var professionalId = ProfessionalOf(caller);
        var mismatches = new List<string>();
        var rows = 0;

        foreach (var endpoint in EndpointTable.Cases)
        {
            var rowsBefore = professionalId is null ? 0 : await AuditRowsAsync(auditor, professionalId, world.SessionId);
            var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), endpoint.Path(world));
            if (endpoint.Body(world) is { } body)
            {
                request.Content = JsonContent.Create(body, options: Json.Options);
            }

            var response = await client.SendAsync(request);
            var rowsAfter = professionalId is null ? 0 : await AuditRowsAsync(auditor, professionalId, world.SessionId);
            var got = ((int)response.StatusCode, rowsAfter - rowsBefore);
            rows += got.Item2;
            var expected = (endpoint.StatusFor(caller), endpoint.AuditRowsFor(caller));
            var matches = endpoint.AtLeastAuditRows ? got.Item1 == expected.Item1 && got.Item2 >= expected.Item2 : got == expected;
            if (!matches)
            {
                mismatches.Add($"{endpoint}: expected {expected}, got {got} {await response.Content.ReadAsStringAsync()}");
            }
        }

        output.WriteLine($"{caller}: {EndpointTable.Cases.Length} calls, {rows} audit rows");
        mismatches.ForEach(output.WriteLine);
        Assert.Empty(mismatches);
    }

    /// <summary>Only signed-in professionals leave audit rows; callers with a refused token are nobody.</summary>
    private static string? ProfessionalOf(Caller caller) => caller switch
    {
        Caller.NoRelation => AccessWorld.Stranger,
        Caller.OtherAgencyWithoutConsent or Caller.OtherAgencyWithConsent => AccessWorld.OtherAgency,
        _ => null,
    };

    private async Task<HttpClient> ClientForAsync(Caller caller, bool fromProvider)
    {
        var client = system.AnonymousClient();
        var token = caller switch
        {
            Caller.NoToken => null,
            Caller.ExpiredToken => system.MintToken(AccessWorld.OtherAgency, DateTimeOffset.UtcNow.AddHours(-3), TimeSpan.FromHours(1)),
            Caller.TokenFromAnotherKey => system.MintToken(AccessWorld.OtherAgency, DateTimeOffset.UtcNow, TimeSpan.FromHours(1),
                new SymmetricSecurityKey(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32))),
            _ when fromProvider => await ProviderLogin.AccessTokenAsync(system.Issuer, ProfessionalOf(caller)!),
            _ => (await system.SignInAsync(ProfessionalOf(caller)!)).Token,
        };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return client;
    }

    /// <summary>
    /// The professional's audit rows, but those of other tests' meetings: a meeting moves its edits'
    /// rows into the professional's partition 10–15 s later, at any moment of this test.
    /// </summary>
    private static async Task<int> AuditRowsAsync(SignedIn auditor, string professionalId, Guid sessionId)
    {
        var rows = await auditor.Http.GetFromJsonAsync<JsonElement>($"/api/audit/professionals/{professionalId}?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}", Json.Options);
        return rows.EnumerateArray()
            .Select(row => row.GetProperty("action").GetString() ?? "")
            .Count(action => !action.Contains("team session", StringComparison.Ordinal) || action.Contains(sessionId.ToString(), StringComparison.Ordinal));
    }
}
