using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Family;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// A child with two guardians and an open meeting that invites them and the child, as the convene
/// form does: erik-rektor is barnkontakt and convener, sara-soc (social services, no consent yet)
/// and anna-bvc (consent for ChildHealth) take part. Also a concern, a plan action not shared with
/// the family and minutes (not shared), so tests can look for what must never reach the family.
/// </summary>
public sealed record FamilyMeetings(Guid ChildId, string Personnummer, Guid SessionId)
{
    public const string Convener = "erik-rektor";
    public const string ConcernText = "Hemlig oro från BVC om hemmet";
    public const string UnsharedAction = "Intern kartläggning som inte delas";
    public const string SharedAction = "Läxhjälp två dagar i veckan";
    public const string Goal = "Ivar känner sig trygg i skolan";
    public const string Minutes = "Anteckning: socialtjänstens bedömning";

    public static async Task<FamilyMeetings> CreateAsync(SignedIn erik, SignedIn nurse, string name = "Ivar", bool open = true)
    {
        var personnummer = TestPersonnummer.AgedYears(9);
        var created = await erik.Http.PostAsJsonAsync("/api/children", new
        {
            displayName = name,
            childContactId = Convener,
            personnummer,
            guardians = new[] { new { name = "Mamma Test", phone = "070-000 00 01" }, new { name = "Pappa Test", phone = "070-000 00 02" } },
        });
        await created.EnsureSuccessAsync();
        var childId = (await created.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("childId").GetGuid();
        await nurse.RaiseConcernAsync(childId, ConcernText, "Safe");
        await erik.RecordConsentAsync(childId, "ChildHealth");
        var convened = await erik.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { childId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new object[]
            {
                new { participantId = "sara-soc", name = "Sara Nyström", agency = "SocialServices", role = "Socialsekreterare", kind = "Professional" },
                new { participantId = "anna-bvc", name = "Anna Lindqvist", agency = "ChildHealth", role = "BVC-sjuksköterska", kind = "Professional" },
                new { participantId = FamilyParticipants.Guardian(childId, 1), name = "Mamma Test", agency = (string?)null, role = "Vårdnadshavare", kind = "Guardian" },
                new { participantId = FamilyParticipants.Guardian(childId, 2), name = "Pappa Test", agency = (string?)null, role = "Vårdnadshavare", kind = "Guardian" },
                new { participantId = FamilyParticipants.Child(childId), name, agency = (string?)null, role = (string?)null, kind = "Child" },
            },
        });
        await convened.EnsureSuccessAsync();
        var sessionId = (await convened.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("sessionId").GetGuid();
        if (open)
        {
            await (await erik.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessAsync();
        }

        return new FamilyMeetings(childId, personnummer, sessionId);
    }
}
