using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;
using BackaBarnet.Live.Web.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed partial class EvaluatorAccessTests(LiveSystem system)
{
    [Fact]
    public async Task TheEvaluatorReachesNoSingleChildsDataThroughAnyEndpoint()
    {
        using var contact = await system.SignInAsync(Meetings.Convener);
        using var evaluator = await system.SignInAsync("eva-utvardering");
        var personnummer = TestPersonnummer.AgedYears(9);
        var created = await contact.Http.PostAsJsonAsync("/api/children", new CreateChildRequest("Ebba Hemligsson", Meetings.Convener, personnummer));
        var child = (await created.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
        var concern = await contact.RaiseConcernAsync(child.ChildId, "Hemlig oro om Ebba", "Safe");
        var sessionId = await Meetings.ConveneAsync(contact, child.ChildId);
        // Someone gives the evaluator a role for the child by mistake: still no way in.
        var plan = await contact.Http.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/children/{child.ChildId}/plan", Json.Options);
        (await contact.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions", new
        {
            what = "Uppföljning", agency = "SchoolOrPreschool", responsibleId = "eva-utvardering", expectedVersion = plan.GetProperty("version").GetInt64(),
        })).EnsureSuccessStatusCode();
        string[] secrets = [child.ChildId.ToString(), "Ebba", personnummer, personnummer.Replace("-", ""), "Hemlig oro", sessionId.ToString(), concern.ConcernId.ToString()];
        var values = new Dictionary<string, string>
        {
            ["childId"] = child.ChildId.ToString(),
            ["sessionId"] = sessionId.ToString(),
            ["concernId"] = concern.ConcernId.ToString(),
            ["professionalId"] = Meetings.Convener,
            ["documentName"] = "v1",
            // An int route segment: a GUID would miss the route and answer 404 without reaching the access check.
            ["guardianNumber"] = "1",
        };
        var body = new { personnummer, childId = child.ChildId, childIds = new[] { child.ChildId }, displayName = "Ebba", childContactId = Meetings.Convener, text = "x", areas = new[] { "Safe" } };

        var visited = new List<string>();
        foreach (var (method, path) in Endpoints().Where(e => !e.Path.StartsWith("/api/dev", StringComparison.Ordinal)))
        {
            var url = Parameter().Replace(path, m => values.GetValueOrDefault(m.Groups[1].Value, Guid.NewGuid().ToString()));
            using var request = new HttpRequestMessage(new HttpMethod(method), url);
            if (method is "POST" or "PUT")
            {
                request.Content = JsonContent.Create(body);
            }

            using var response = await evaluator.Http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            visited.Add($"{method} {path}");
            // Trace ids are random hex and may spell a name in any case ("…6ebba4…"): leave them out of the search.
            var withoutTraceId = System.Text.RegularExpressions.Regex.Replace(text, "\"traceId\":\"[^\"]*\"", "");
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, withoutTraceId, StringComparison.OrdinalIgnoreCase));
            if (path.Contains("{childId", StringComparison.Ordinal) || path.Contains("{sessionId", StringComparison.Ordinal) || path.StartsWith("/api/children", StringComparison.Ordinal))
            {
                Assert.True(response.StatusCode is HttpStatusCode.Forbidden, $"{method} {url} answered {response.StatusCode}");
            }
        }

        Assert.Contains("GET /api/children/{childId:guid}/follow-up", visited);
        Assert.Contains("POST /api/children/lookup", visited);
        Assert.Contains("GET /api/statistics/pilot", visited);
        Assert.True(visited.Count > 30, $"only {visited.Count} endpoints were tried");
    }

    [Fact]
    public async Task AnEvaluatorCannotBeInvitedToAMeetingNorJoinOneLiveWhileAnInviteeCan()
    {
        using var convener = await system.SignInAsync(Meetings.Convener);
        using var evaluator = await system.SignInAsync("eva-utvardering");
        using var social = await system.SignInAsync("sara-soc");
        var child = await convener.RegisterChildAsync("Mötesbarn", Meetings.Convener);
        object Meeting(params string[] invited) => new
        {
            kind = "Individual",
            childIds = new[] { child.ChildId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = invited.Select(id => new { participantId = id, name = id, agency = "Test", role = "Deltagare", kind = "Professional" }),
        };

        var refused = await convener.Http.PostAsJsonAsync("/api/sessions", Meeting("sara-soc", "eva-utvardering"));
        var response = await convener.Http.PostAsJsonAsync("/api/sessions", Meeting("sara-soc"));
        var sessionId = (await response.Content.ReadFromJsonAsync<GrainInterfaces.Sessions.SessionSnapshot>(Json.Options))!.SessionId;
        (await convener.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessStatusCode();

        await using var invitee = await social.ConnectAsync();
        var joined = await invitee.InvokeAsync<GrainInterfaces.Sessions.SessionSnapshot>("JoinSession", sessionId);
        await Assert.ThrowsAnyAsync<Exception>(async () =>
        {
            await using var connection = await evaluator.ConnectAsync();
            await connection.InvokeAsync<GrainInterfaces.Sessions.SessionSnapshot>("JoinSession", sessionId);
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("field.not-a-practitioner", (await refused.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("code").GetString());
        Assert.Equal(sessionId, joined.SessionId);
    }

    /// <summary>Every route the web node maps, read from its endpoint data source (a node built but not started).</summary>
    private static IEnumerable<(string Method, string Path)> Endpoints()
    {
        var keyFile = Path.Combine(Path.GetTempPath(), $"bb-endpoints-{Guid.NewGuid():N}.key");
        var app = BackaBarnetWebApp.Build(["--environment=Development", "--Auth:DevSignIn:Enabled=true", $"--Auth:DevSignIn:KeyFile={keyFile}"], RepoPaths.Web);
        try
        {
            return ((IEndpointRouteBuilder)app).DataSources.SelectMany(d => d.Endpoints)
                .OfType<RouteEndpoint>()
                .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => (m, "/" + e.RoutePattern.RawText!.TrimStart('/'))))
                .Distinct()
                .ToArray();
        }
        finally
        {
            ((IDisposable)app).Dispose();
            File.Delete(keyFile);
        }
    }

    [GeneratedRegex(@"\{\*{0,2}(\w+)[^}]*\}")]
    private static partial Regex Parameter();
}
