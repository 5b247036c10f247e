using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// One child with everything the endpoints act on: erik-rektor is barnkontakt, sara-soc is
/// responsible for a plan action and invited to an open meeting, anna-bvc raised a concern.
/// </summary>
internal sealed record AccessWorld(Guid ChildId, string Personnummer, Guid ConcernId, Guid ActionId, Guid SessionId, Guid ConsentId)
{
    public const string Contact = "erik-rektor";
    public const string OtherAgency = "sara-soc";
    public const string Stranger = "maria-forskola";

    public static async Task<AccessWorld> CreateAsync(LiveSystem system, bool socialServicesConsent)
    {
        using var erik = await system.SignInAsync(Contact);
        using var nurse = await system.SignInAsync("anna-bvc");
        var personnummer = TestPersonnummer.AgedYears(9);
        var created = await erik.Http.PostAsJsonAsync("/api/children", new { displayName = "Matilda", childContactId = Contact, personnummer });
        var childId = (await ReadAsync(created)).GetProperty("childId").GetGuid();
        var action = await ReadAsync(await erik.Http.PostAsJsonAsync($"/api/children/{childId}/plan/actions",
            new { what = "Stödsamtal", agency = "SocialServices", responsibleId = OtherAgency, expectedVersion = 0 }));
        var actionId = action.GetProperty("plan").GetProperty("actions")[0].GetProperty("actionId").GetGuid();
        var concern = await nurse.RaiseConcernAsync(childId, "Matilda verkar trött", "Healthy");

        // Consent for ChildHealth always; for social services only in the consenting world.
        var consent = await erik.RecordConsentAsync(childId, "ChildHealth");
        if (socialServicesConsent)
        {
            consent = await erik.RecordConsentAsync(childId, "SocialServices");
        }

        var session = await ReadAsync(await erik.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { childId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new[] { new { participantId = OtherAgency, name = "x", agency = "x", role = "x", kind = "Professional" } },
        }));
        var sessionId = session.GetProperty("sessionId").GetGuid();
        (await erik.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessStatusCode();
        return new AccessWorld(childId, personnummer, concern.ConcernId, actionId, sessionId, consent.ConsentId);
    }

    private static async Task<JsonElement> ReadAsync(HttpResponseMessage response)
    {
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options);
    }
}
