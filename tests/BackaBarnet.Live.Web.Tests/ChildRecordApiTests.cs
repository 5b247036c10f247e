using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class ChildRecordApiTests(LiveSystem system)
{
    [Fact]
    public async Task RegisteringTheSamePersonnummerTwiceIsAConflictNamingTheExistingChild()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        var personnummer = TestPersonnummer.AgedYears(1);
        var first = await nurse.Http.PostAsJsonAsync("/api/children", new CreateChild("Alma", "anna-bvc", personnummer));
        var created = await first.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options);

        var second = await nurse.Http.PostAsJsonAsync("/api/children", new CreateChild("Alma B", "anna-bvc", personnummer.Replace("-", "")));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(ChildContactRole.ChildHealthNurse, created!.ContactRole);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(created.ChildId, problem.GetProperty("existingChildId").GetGuid());
    }

    /// <summary>System.Text.Json lets the last of two equal keys win; a body that says two things is refused instead.</summary>
    [Fact]
    public async Task ABodyNamingTheBarnkontaktTwiceIsRefusedNamingTheFieldAndRegistersNoChild()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var principal = await system.SignInAsync("maria-forskola");
        async Task<int> CaseloadsAsync() =>
            (await nurse.Http.GetFromJsonAsync<JsonElement>("/api/me/children")).GetArrayLength()
            + (await principal.Http.GetFromJsonAsync<JsonElement>("/api/me/children")).GetArrayLength();
        var before = await CaseloadsAsync();

        var response = await nurse.Http.PostAsync("/api/children", new StringContent(
            """{"displayName":"Dubbel","childContactId":"anna-bvc","childContactId":"maria-forskola"}""", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("request.unreadable", problem.GetProperty("code").GetString());
        Assert.Equal("childContactId", problem.GetProperty("args").GetProperty("field").GetString());
        Assert.Equal(before, await CaseloadsAsync());
    }

    [Fact]
    public async Task LookUpByPersonnummerTravelsInTheBodyAndFindsTheChild()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var teacher = await system.SignInAsync("erik-rektor");
        var personnummer = TestPersonnummer.AgedYears(2);
        var child = await nurse.Http.PostAsJsonAsync("/api/children", new CreateChild("Bea", "anna-bvc", personnummer));
        var childId = (await child.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!.ChildId;

        var found = await teacher.Http.PostAsJsonAsync("/api/children/lookup", new { personnummer });
        var missing = await teacher.Http.PostAsJsonAsync("/api/children/lookup", new { personnummer = TestPersonnummer.AgedYears(2) });
        var invalid = await teacher.Http.PostAsJsonAsync("/api/children/lookup", new { personnummer = "19000230-1234" });

        Assert.Equal(childId, (await found.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("childId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task APoliceOfficerCannotBeBarnkontakt()
    {
        using var nurse = await system.SignInAsync("anna-bvc");

        var response = await nurse.Http.PostAsJsonAsync("/api/children", new CreateChild("Cim", "johan-polis", null));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("childContactId", out _));
    }

    [Fact]
    public async Task HandoverThroughTheApiMovesTheChildToTheReceiver()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var principal = await system.SignInAsync("maria-forskola");
        var created = await nurse.Http.PostAsJsonAsync("/api/children", new CreateChild("Dino", "anna-bvc", TestPersonnummer.AgedYears(3)));
        var childId = (await created.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options))!.ChildId;

        var proposed = await nurse.Http.PostAsJsonAsync($"/api/children/{childId}/handover",
            new { toProfessionalId = "maria-forskola", trigger = "ProposedByContact", supportGiven = "Språkstöd", whatWorked = "Bilder" });
        var readByReceiver = await principal.Http.GetAsync($"/api/children/{childId}");
        var accepted = await principal.Http.PostAsync($"/api/children/{childId}/handover/accept", null);
        var readByFormerContact = await nurse.Http.GetAsync($"/api/children/{childId}");

        Assert.Equal(HttpStatusCode.OK, proposed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, readByReceiver.StatusCode);
        var after = await accepted.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options);
        Assert.Equal(("maria-forskola", ChildContactRole.PreschoolPrincipal), (after!.ChildContactId, after.ContactRole));
        // The former barnkontakt keeps the handover summary they wrote, and nothing else.
        var formerView = await readByFormerContact.Content.ReadFromJsonAsync<ChildSnapshot>(Json.Options);
        Assert.Equal(HttpStatusCode.OK, readByFormerContact.StatusCode);
        Assert.Equal(("FormerChildContact", "HandoverSummary"), (formerView!.Access!.Relation, formerView.Access.View));
        Assert.Equal("Språkstöd", Assert.Single(formerView.ContactHistory).ReceivedSummary!.SupportGiven);
        Assert.Empty(formerView.Concerns);
        Assert.Null(formerView.Plan);
        Assert.Null(formerView.Personnummer);
        var myChildren = await principal.Http.GetFromJsonAsync<JsonElement[]>("/api/me/children");
        Assert.Contains(myChildren!, c => c.GetProperty("childId").GetGuid() == childId);
    }

    [Fact]
    public async Task AStalePlanEditIsAConflictCarryingTheCurrentVersion()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Edvin", "erik-rektor");
        var action = new { what = "Läxhjälp", agency = "SchoolOrPreschool", expectedVersion = 0 };

        var first = await principal.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions", action);
        var stale = await principal.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/plan/actions", action);
        var plan = await principal.Http.GetFromJsonAsync<PlanView>($"/api/children/{child.ChildId}/plan", Json.Options);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(1, (await stale.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("currentVersion").GetInt64());
        Assert.Equal(1, plan!.Version);
        Assert.Single(plan.Actions);
    }

    [Theory]
    [InlineData("{\"what\":\"X\",\"agency\":\"Bakery\",\"expectedVersion\":0}", "agency")]
    [InlineData("{\"what\":\"X\",\"expectedVersion\":0}", "agency")]
    [InlineData("{\"what\":\"X\",\"agency\":\"Police\"}", "expectedVersion")]
    [InlineData("{\"what\":\"X\",\"agency\":\"Police\",\"expectedVersion\":0,\"due\":\"not-a-date\"}", "due")]
    public async Task UnreadablePlanActionsAreRefusedNamingTheField(string body, string field)
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Fia", "erik-rektor");

        var response = await principal.Http.PostAsync(
            $"/api/children/{child.ChildId}/plan/actions", new StringContent(body, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty(field, out _), $"expected an error for '{field}', got {errors}");
    }

    [Fact]
    public async Task ChangesWithoutARoleForTheChildAreForbiddenAndChangeNothing()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        using var police = await system.SignInAsync("johan-polis");
        var child = await principal.RegisterChildAsync("Gabbe", "erik-rektor");
        var raised = await police.RaiseConcernAsync(child.ChildId, "Sågs vid spåret", "Safe");

        var acknowledge = await police.Http.PostAsync($"/api/children/{child.ChildId}/concerns/{raised.ConcernId}/acknowledge", null);
        var decline = await police.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/support-decline", new { reason = "x" });

        Assert.Equal(HttpStatusCode.Forbidden, acknowledge.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, decline.StatusCode);
        var after = await principal.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{child.ChildId}", Json.Options);
        Assert.Equal(ConcernStatus.Open, Assert.Single(after!.Concerns).Status);
        Assert.Null(after.SupportDeclined);
    }

    [Fact]
    public async Task TheChronologyListsWhatHappenedNewestFirst()
    {
        using var principal = await system.SignInAsync("erik-rektor");
        var child = await principal.RegisterChildAsync("Hedda", "erik-rektor");
        var raised = await principal.RaiseConcernAsync(child.ChildId, "Ofta frånvarande", "Developing");
        await principal.Http.PostAsync($"/api/children/{child.ChildId}/concerns/{raised.ConcernId}/acknowledge", null);
        await principal.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns/{raised.ConcernId}/close", new { outcome = "ReferredToTeam", whatWasDone = "Barnteam behövs" });

        var chronology = await principal.Http.GetFromJsonAsync<JsonElement[]>($"/api/children/{child.ChildId}/chronology");

        Assert.Equal(
            ["ConcernReferredToTeam", "ConcernAcknowledged", "ConcernRaised", "ChildRegistered"],
            chronology!.Select(e => e.GetProperty("kind").GetString()));
    }

    private sealed record CreateChild(string DisplayName, string ChildContactId, string? Personnummer);
}
