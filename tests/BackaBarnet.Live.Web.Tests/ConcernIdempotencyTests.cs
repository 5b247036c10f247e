using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Endpoints;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>The Idempotency-Key header on raising a concern: a retried submission is the same concern.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class ConcernIdempotencyTests(LiveSystem system)
{
    [Fact]
    public async Task AConcernSentTwiceWithOneKeyIsOneConcernWithOneId()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var teacher = await system.SignInAsync("erik-rektor");
        var child = await nurse.RegisterChildAsync("Alva", "anna-bvc");
        var key = Guid.NewGuid().ToString();

        var first = await RaiseAsync(teacher, child.ChildId, key, "Alva sover i klassrummet.");
        var retry = await RaiseAsync(teacher, child.ChildId, key, "Alva sover i klassrummet.");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<ConcernReceipt>(Json.Options))!.ConcernId;
        Assert.Equal(firstId, (await retry.Content.ReadFromJsonAsync<ConcernReceipt>(Json.Options))!.ConcernId);
        var record = (await (await nurse.Http.GetAsync($"/api/children/{child.ChildId}")).EnsureSuccessAsync()).Content;
        Assert.Equal([firstId], (await record.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!.Concerns.Select(c => c.ConcernId));
    }

    [Fact]
    public async Task TheSameKeyWithAnotherTextIsA409WithACode()
    {
        using var teacher = await system.SignInAsync("erik-rektor");
        using var nurse = await system.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Bo", "anna-bvc");
        var key = Guid.NewGuid().ToString();
        await (await RaiseAsync(teacher, child.ChildId, key, "Bo har ont i magen varje dag.")).EnsureSuccessAsync();

        var reused = await RaiseAsync(teacher, child.ChildId, key, "Bo har slutat äta lunch.");

        Assert.Equal(HttpStatusCode.Conflict, reused.StatusCode);
        Assert.Equal(ErrorCodes.ConcernIdempotencyKeyReused, JsonDocument.Parse(await reused.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString());
    }

    [Fact]
    public async Task AKeyThatIsNotAShortVisibleTokenIsA400NamingTheHeader()
    {
        using var teacher = await system.SignInAsync("erik-rektor");
        using var nurse = await system.SignInAsync("anna-bvc");
        var child = await nurse.RegisterChildAsync("Cleo", "anna-bvc");

        var refused = await RaiseAsync(teacher, child.ChildId, new string('k', 101), "Cleo är ofta ensam på rasten.");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = JsonDocument.Parse(await refused.Content.ReadAsStringAsync()).RootElement;
        Assert.True(problem.GetProperty("errors").TryGetProperty(ConcernEndpoints.IdempotencyKeyHeader, out _), problem.ToString());
    }

    private static Task<HttpResponseMessage> RaiseAsync(SignedIn who, Guid childId, string key, string text)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, $"/api/children/{childId}/concerns")
        {
            Content = JsonContent.Create(new RaiseConcernRequest(text, ["Healthy"])),
        };
        request.Headers.Add(ConcernEndpoints.IdempotencyKeyHeader, key);
        return who.Http.SendAsync(request);
    }
}
