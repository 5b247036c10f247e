using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.TestSupport;
using Microsoft.Playwright;

namespace BackaBarnet.Live.Browser.Tests.Family;

/// <summary>A guardian's or the child's phone: its own browser context, signed in through the family dev sign-in, on familj.html.</summary>
internal static class FamilyPages
{
    public static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    public static async Task<IPage> OpenFamilyAsync(this BrowserFixture fixture, Guid sessionId, Guid childId, FamilyRelation relation, int guardianNumber = 1)
    {
        var context = await fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.System.BaseAddress.ToString(),
            Locale = "sv-SE",
            ViewportSize = Phone,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        // The context's request API shares the page's cookies, as the sign-in form on familj.html would.
        var signIn = await page.APIRequest.PostAsync("/api/dev/family/sign-in", new() { DataObject = new { childId, relation = relation.ToString(), guardianNumber } });
        Assert.True(signIn.Ok, $"family dev sign-in answered {signIn.Status}");
        await page.GotoAsync($"/familj.html?session={sessionId}&child={childId}");
        await page.WaitForSelectorAsync("body[data-page='meeting']");
        return page;
    }

    /// <summary>A child of 9 with one guardian, and an open meeting with the barnkontakt (erik-rektor), the school's kurator, social services, the guardian and the child.</summary>
    public static async Task<(Guid SessionId, Guid ChildId)> MeetingAsync(SignedIn erik, string name, params (string Id, string Name, string Agency)[] professionals)
    {
        var created = await erik.Http.PostAsJsonAsync("/api/children", new
        {
            displayName = name, childContactId = "erik-rektor", personnummer = TestPersonnummer.AgedYears(9), guardians = new[] { new { name = $"{name}s mamma" } },
        });
        await created.EnsureSuccessAsync();
        var childId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("childId").GetGuid();
        var participants = professionals.Select(p => (object)new { participantId = p.Id, name = p.Name, agency = p.Agency, role = "Deltagare", kind = "Professional" })
            .Append(new { participantId = FamilyParticipants.Guardian(childId, 1), name = $"{name}s mamma", agency = (string?)null, role = "Vårdnadshavare", kind = "Guardian" })
            .Append(new { participantId = FamilyParticipants.Child(childId), name, agency = (string?)null, role = (string?)null, kind = "Child" });
        var convened = await erik.Http.PostAsJsonAsync("/api/sessions", new { kind = "Individual", childIds = new[] { childId }, scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5), participants });
        await convened.EnsureSuccessAsync();
        var sessionId = (await convened.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("sessionId").GetGuid();
        await (await erik.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessAsync();
        return (sessionId, childId);
    }
}
