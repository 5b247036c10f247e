using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>
/// Begäran om insats over the API: Erik (barnkontakt, school) asks social services, whose intake
/// (Sara) finds it in her queue and accepts or declines it. Nothing leaves without consent.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class SupportRequestTests(LiveSystem system)
{
    [Fact]
    public async Task ARequestToAnAgencyWithoutConsentIsRefusedBeforeAnythingIsStored()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var sara = await system.SignInAsync("sara-soc");
        var childId = await RegisterAsync(erik, consentFor: null);

        var response = await erik.Http.PostAsJsonAsync($"/api/children/{childId}/support-requests", Request("SocialServices"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("support-request.no-consent", problem.GetProperty("code").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty("toAgency", out _));
        var child = await erik.Http.GetFromJsonAsync<JsonElement>($"/api/children/{childId}");
        Assert.Equal(0, child.GetProperty("supportRequests").GetArrayLength());
        Assert.DoesNotContain(await QueueAsync(sara), r => r.GetProperty("childId").GetGuid() == childId);
        var chronology = await erik.Http.GetFromJsonAsync<JsonElement>($"/api/children/{childId}/chronology");
        Assert.DoesNotContain(chronology.EnumerateArray(), e => e.GetProperty("kind").GetString()!.StartsWith("SupportRequest", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnAcceptedRequestBecomesAPlanActionOfTheReceivingIntake()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var sara = await system.SignInAsync("sara-soc");
        var childId = await RegisterAsync(erik, consentFor: "SocialServices");
        var requestId = await SendAsync(erik, childId);

        var queued = Assert.Single(await QueueAsync(sara), r => r.GetProperty("childId").GetGuid() == childId);
        Assert.Equal("Behöver familjen stöd hemma?", queued.GetProperty("request").GetProperty("question").GetString());
        Assert.Equal("Erik Sandberg", queued.GetProperty("senderName").GetString());

        var accepted = await sara.Http.PostAsync($"/api/support-requests/{childId}/{requestId}/accept", null);

        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var child = await erik.Http.GetFromJsonAsync<JsonElement>($"/api/children/{childId}");
        var request = Assert.Single(child.GetProperty("supportRequests").EnumerateArray());
        Assert.Equal("Accepted", request.GetProperty("status").GetString());
        var action = Assert.Single(child.GetProperty("plan").GetProperty("actions").EnumerateArray());
        Assert.Equal("sara-soc", action.GetProperty("responsibleId").GetString());
        Assert.Equal(request.GetProperty("planActionId").GetGuid(), action.GetProperty("actionId").GetGuid());
        Assert.DoesNotContain(await QueueAsync(sara), r => r.GetProperty("childId").GetGuid() == childId);
        Assert.Contains(await InboxKindsAsync(erik), k => k == "SupportRequestAccepted");
        var chronology = await erik.Http.GetFromJsonAsync<JsonElement>($"/api/children/{childId}/chronology");
        Assert.Contains(chronology.EnumerateArray(), e => e.GetProperty("kind").GetString() == "SupportRequestAccepted");
        Assert.Contains(chronology.EnumerateArray(), e => e.GetProperty("kind").GetString() == "SupportRequestSent");
    }

    [Fact]
    public async Task ADeclinedRequestTellsTheSenderWhy()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var sara = await system.SignInAsync("sara-soc");
        var childId = await RegisterAsync(erik, consentFor: "SocialServices");
        var requestId = await SendAsync(erik, childId);

        var withoutReason = await sara.Http.PostAsJsonAsync($"/api/support-requests/{childId}/{requestId}/decline", new { reason = " " });
        var declined = await sara.Http.PostAsJsonAsync($"/api/support-requests/{childId}/{requestId}/decline", new { reason = "Familjen har redan stöd via BUP" });
        var again = await sara.Http.PostAsync($"/api/support-requests/{childId}/{requestId}/accept", null);

        Assert.Equal(HttpStatusCode.BadRequest, withoutReason.StatusCode);
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        var child = await erik.Http.GetFromJsonAsync<JsonElement>($"/api/children/{childId}");
        var request = Assert.Single(child.GetProperty("supportRequests").EnumerateArray());
        Assert.Equal("Declined", request.GetProperty("status").GetString());
        Assert.Equal("Familjen har redan stöd via BUP", request.GetProperty("declineReason").GetString());
        Assert.Equal(0, child.GetProperty("plan").GetProperty("actions").GetArrayLength());
        Assert.Contains(await InboxKindsAsync(erik), k => k == "SupportRequestDeclined");
    }

    [Fact]
    public async Task OnlyTheIntakeOfTheReceivingAgencyMayAnswer()
    {
        using var erik = await system.SignInAsync("erik-rektor");
        using var johan = await system.SignInAsync("johan-polis");
        var childId = await RegisterAsync(erik, consentFor: "SocialServices");
        var requestId = await SendAsync(erik, childId);

        var bySender = await erik.Http.PostAsync($"/api/support-requests/{childId}/{requestId}/accept", null);
        var byPolice = await johan.Http.PostAsync($"/api/support-requests/{childId}/{requestId}/accept", null);
        var policeQueue = await johan.Http.GetAsync("/api/support-requests");

        Assert.Equal(HttpStatusCode.Forbidden, bySender.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byPolice.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, policeQueue.StatusCode);
    }

    private static object Request(string agency) => new { toAgency = agency, question = "Behöver familjen stöd hemma?", areas = new[] { "CaredFor", "Safe" } };

    private static async Task<Guid> RegisterAsync(SignedIn contact, string? consentFor)
    {
        var created = await contact.Http.PostAsJsonAsync("/api/children", new { displayName = "Nils", childContactId = contact.ProfessionalId });
        created.EnsureSuccessStatusCode();
        var childId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("childId").GetGuid();
        if (consentFor is not null)
        {
            var today = GrainInterfaces.Hosting.SwedishDate.Today(TimeProvider.System).ToString("yyyy-MM-dd");
            (await contact.Http.PostAsJsonAsync($"/api/children/{childId}/consents", new { agency = consentFor, givenBy = "Mamma", givenOn = today })).EnsureSuccessStatusCode();
        }

        return childId;
    }

    private static async Task<Guid> SendAsync(SignedIn sender, Guid childId)
    {
        var sent = await sender.Http.PostAsJsonAsync($"/api/children/{childId}/support-requests", Request("SocialServices"));
        Assert.Equal(HttpStatusCode.OK, sent.StatusCode);
        return (await sent.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("requestId").GetGuid();
    }

    private static async Task<JsonElement[]> QueueAsync(SignedIn intake) =>
        [.. (await intake.Http.GetFromJsonAsync<JsonElement>("/api/support-requests")).EnumerateArray()];

    private static async Task<string[]> InboxKindsAsync(SignedIn professional) =>
        [.. (await professional.Http.GetFromJsonAsync<JsonElement>("/api/me/inbox")).GetProperty("items").EnumerateArray().Select(i => i.GetProperty("kind").GetString()!)];
}
