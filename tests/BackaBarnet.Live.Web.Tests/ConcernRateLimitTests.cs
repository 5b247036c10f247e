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
        for (var i = 0; i < LimitedSystem.ConcernsPerMinute + 1; i++)
        {
            statuses.Add((await teacher.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", body)).StatusCode);
        }

        var other = await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns", body);
        Assert.Equal(Enumerable.Repeat(HttpStatusCode.Created, LimitedSystem.ConcernsPerMinute).Append(HttpStatusCode.TooManyRequests), statuses);
        Assert.Equal(HttpStatusCode.Created, other.StatusCode);
    }
}
