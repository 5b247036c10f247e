using System.Net;
using System.Net.Http.Json;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LimitedSystemCollection.Name)]
public sealed class ConcernRateLimitTests(LimitedSystem system)
{
    [Fact]
    public async Task RaisingConcernsFasterThanTheLimitIsRefusedForThatProfessionalOnly()
    {
        using var teacher = await system.SignInAsync("erik-rektor");
        using var nurse = await system.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Rut", "anna-bvc");
        var body = new { text = "Orolig", areas = new[] { "Safe" } };

        var statuses = new List<HttpStatusCode>();
        HttpResponseMessage last = null!;
        for (var i = 0; i < LimitedSystem.ConcernsPerMinute + 1; i++)
        {
            last = await teacher.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", body);
            statuses.Add(last.StatusCode);
        }

        var other = await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", body);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, LimitedSystem.ConcernsPerMinute).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
        // The refusal says when to come back, in the header and as the coded problem's argument.
        var retryAfter = last.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 60);
        var problem = await last.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal("limits.too-many-requests", problem.GetProperty("code").GetString());
        Assert.Equal(((int)retryAfter.Value.TotalSeconds).ToString(), problem.GetProperty("args").GetProperty("retryAfterSeconds").GetString());
    }
}
