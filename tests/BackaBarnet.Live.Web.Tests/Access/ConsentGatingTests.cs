using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>What another agency sees of a child follows the guardians' consent, from one request to the next.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class ConsentGatingTests(LiveSystem system)
{
    [Fact]
    public async Task WithoutConsentAnActionResponsibleSeesOnlyWhatTheyNeedAndConsentOpensTheRecordUntilRevoked()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var sara = await system.SignInAsync(AccessWorld.OtherAgency);
        using var auditor = await system.SignInAsync("karin-revisor");
        (await erik.Http.PostAsJsonAsync($"/api/children/{world.ChildId}/plan/actions",
            new { what = "Läxhjälp", agency = "SchoolOrPreschool", responsibleId = AccessWorld.Contact, expectedVersion = 1 })).EnsureSuccessStatusCode();

        var limited = await ReadAsync(sara, world.ChildId);
        var social = await erik.RecordConsentAsync(world.ChildId, "SocialServices");
        var full = await ReadAsync(sara, world.ChildId);
        (await erik.Http.PostAsync($"/api/children/{world.ChildId}/consents/{social.ConsentId}/revoke", null)).EnsureSuccessStatusCode();
        var revoked = await ReadAsync(sara, world.ChildId);

        Assert.Equal(new RecordAccess("ActionResponsible", "Participation", "no consent for SocialServices"), limited.Access! with { Allowed = [] });
        Assert.Equal(["RecordAssessment", "SetOwnActionStatus"], limited.Access!.Allowed);
        Assert.Equal("Matilda", limited.DisplayName);
        Assert.Null(limited.Personnummer);
        Assert.Empty(limited.Concerns);
        Assert.Empty(limited.Consents);
        Assert.Equal(["Stödsamtal"], limited.Plan!.Actions.Select(a => a.What));

        Assert.Equal(new RecordAccess("ActionResponsible", "Full", "with the guardians' consent for SocialServices"), full.Access! with { Allowed = [] });
        Assert.NotNull(full.Personnummer);
        Assert.Single(full.Concerns);
        Assert.Equal(["Stödsamtal", "Läxhjälp"], full.Plan!.Actions.Select(a => a.What));

        Assert.Equal("Participation", revoked.Access!.View);
        Assert.Empty(revoked.Concerns);

        var rows = await auditor.Http.GetFromJsonAsync<JsonElement[]>($"/api/audit/children/{world.ChildId}", Json.Options);
        var sarasReads = rows!.Where(r => r.GetProperty("professionalId").GetString() == AccessWorld.OtherAgency).Select(r => r.GetProperty("through").GetString()).Reverse().ToArray();
        Assert.Equal(
            new string?[]
            {
                "ActionResponsible, Participation view, no consent for SocialServices",
                "ActionResponsible, Full view, with the guardians' consent for SocialServices",
                "ActionResponsible, Participation view, no consent for SocialServices",
            },
            sarasReads);
    }

    [Fact]
    public async Task APoliceOfficerInvitedToAnOpenMeetingSeesTheChildThroughTheMeetingOnly()
    {
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var police = await system.SignInAsync("johan-polis");
        var child = await erik.RegisterChildAsync("Olof", AccessWorld.Contact);
        var before = await police.Http.GetAsync($"/api/children/{child.ChildId}");
        var sessionId = await ConveneAsync(erik, child.ChildId, "johan-polis");

        var during = await ReadAsync(police, child.ChildId);
        var chronology = await police.Http.GetAsync($"/api/children/{child.ChildId}/chronology");
        (await erik.Http.PostAsync($"/api/sessions/{sessionId}/open", null)).EnsureSuccessStatusCode();
        (await erik.Http.PostAsync($"/api/sessions/{sessionId}/close", null)).EnsureSuccessStatusCode();
        var afterMeeting = await ReadAsync(police, child.ChildId);

        Assert.Equal(HttpStatusCode.Forbidden, before.StatusCode);
        Assert.Equal(new RecordAccess("SessionParticipant", "Participation", "no consent for Police"), during.Access! with { Allowed = [] });
        Assert.Empty(during.Access!.Allowed);
        Assert.Equal(HttpStatusCode.Forbidden, chronology.StatusCode);
        Assert.Equal(("TeamMember", "Participation"), (afterMeeting.Access!.Relation, afterMeeting.Access.View));
        Assert.Single(afterMeeting.TeamMeetings);
        Assert.Null(afterMeeting.TeamMeetings[0].Minutes);
    }

    [Fact]
    public async Task TheConvenerCannotGiveAParticipantAnotherAgencyThanTheDirectorySays()
    {
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var police = await system.SignInAsync("johan-polis");
        var child = await erik.RegisterChildAsync("Pia", AccessWorld.Contact);
        await erik.RecordConsentAsync(child.ChildId, "SocialServices");

        // Claimed to be social services, which the family consented to; the directory says police.
        var sessionId = await ConveneAsync(erik, child.ChildId, "johan-polis", claimedAgency: "SocialServices");
        var session = await police.Http.GetFromJsonAsync<JsonElement>($"/api/sessions/{sessionId}", Json.Options);

        var participant = session.GetProperty("participants").EnumerateArray().Single(p => p.GetProperty("participant").GetProperty("participantId").GetString() == "johan-polis");
        Assert.Equal("Police", participant.GetProperty("participant").GetProperty("agency").GetString());
        Assert.True(session.GetProperty("agenda")[0].GetProperty("restricted").GetBoolean());
    }

    private static async Task<Guid> ConveneAsync(SignedIn convener, Guid childId, string invited, string claimedAgency = "Police")
    {
        var response = await convener.Http.PostAsJsonAsync("/api/sessions", new
        {
            kind = "Individual",
            childIds = new[] { childId },
            scheduledAt = DateTimeOffset.UtcNow.AddMinutes(5),
            participants = new[] { new { participantId = invited, name = "x", agency = claimedAgency, role = "x", kind = "Professional" } },
        });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("sessionId").GetGuid();
    }

    private static async Task<ChildSnapshot> ReadAsync(SignedIn reader, Guid childId)
    {
        var response = await reader.Http.GetAsync($"/api/children/{childId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
    }
}
