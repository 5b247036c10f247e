using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// Naming a stödsamordnare opens the record to them: only the barnkontakt names one, only a
/// practitioner can be named, and what it opens follows the guardians' consent from one read to the next.
/// </summary>
[Collection(LiveSystemCollection.Name)]
public sealed class SupportCoordinatorAccessTests(LiveSystem system)
{
    [Fact]
    public async Task TheStodsamordnareSeesTheWholeRecordOnlyWhileTheConsentForTheirAgencyIsInForce()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var sara = await system.SignInAsync(AccessWorld.OtherAgency);
        (await erik.Http.PutAsJsonAsync($"/api/children/{world.ChildId}/plan",
            new { goals = Array.Empty<object>(), supportCoordinatorId = AccessWorld.OtherAgency, expectedVersion = 1 })).EnsureSuccessStatusCode();

        var withoutConsent = await ReadAsync(sara, world.ChildId);
        var social = await erik.RecordConsentAsync(world.ChildId, "SocialServices");
        var withConsent = await ReadAsync(sara, world.ChildId);
        (await erik.Http.PostAsync($"/api/children/{world.ChildId}/consents/{social.ConsentId}/revoke", null)).EnsureSuccessStatusCode();
        var revoked = await ReadAsync(sara, world.ChildId);

        Assert.Equal(("SupportCoordinator", "Participation"), (withoutConsent.Access!.Relation, withoutConsent.Access.View));
        Assert.DoesNotContain(ChildPermissions.EditPlan, withoutConsent.Access.Allowed);
        Assert.Null(withoutConsent.Personnummer);
        Assert.Equal(("Full", "as stödsamordnare, with the guardians' consent for SocialServices"), (withConsent.Access!.View, withConsent.Access.Basis));
        Assert.Contains(ChildPermissions.EditPlan, withConsent.Access.Allowed);
        Assert.Equal("Participation", revoked.Access!.View);
        Assert.Null(revoked.Personnummer);
    }

    [Fact]
    public async Task OnlyAnActivePractitionerInTheDirectoryCanBeNamedStodsamordnare()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var erik = await system.SignInAsync(AccessWorld.Contact);

        var auditor = await erik.Http.PutAsJsonAsync($"/api/children/{world.ChildId}/plan",
            new { goals = Array.Empty<object>(), supportCoordinatorId = "karin-revisor", expectedVersion = 1 });
        var unknown = await erik.Http.PutAsJsonAsync($"/api/children/{world.ChildId}/plan",
            new { goals = Array.Empty<object>(), supportCoordinatorId = "nobody-here", expectedVersion = 1 });

        foreach (var refused in new[] { auditor, unknown })
        {
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Equal(ErrorCodes.PlanCoordinatorNotPractitioner, problem.GetProperty("code").GetString());
            Assert.Equal("supportCoordinatorId", problem.GetProperty("args").GetProperty("field").GetString());
        }
    }

    [Fact]
    public async Task AConsentedMeetingParticipantCannotNameThemselvesStodsamordnare()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: true);
        using var sara = await system.SignInAsync(AccessWorld.OtherAgency);
        await using var participant = await SessionParticipant.JoinAsync(sara, world.SessionId);
        var details = new SessionPlanDetails([], AccessWorld.OtherAgency, null, null);

        var refused = await Assert.ThrowsAsync<HubException>(() => participant.InvokeAsync("SaveDetails", world.ChildId, details, 0L));
        var session = await sara.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{world.SessionId}", Json.Options);

        Assert.Contains($"[{ErrorCodes.AccessCoordinatorContactOnly}]", refused.Message);
        Assert.Null(session!.Agenda[0].Details.SupportCoordinatorId);
    }

    private static async Task<ChildSnapshot> ReadAsync(SignedIn reader, Guid childId)
    {
        var response = await reader.Http.GetAsync($"/api/children/{childId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!;
    }
}
