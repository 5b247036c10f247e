using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Tests.Access;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>The record extract (loggutdrag): who accessed one child's record, in time order, for the loggkontrollant to hand to the family.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class RecordExtractTests(LiveSystem system)
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");
    private static readonly string YearAgo = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1).ToString("yyyy-MM-dd");

    [Fact]
    public async Task AnExtractByPersonnummerListsEveryAccessInTimeOrderWithNameAgencyUnitAndOutcome()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var maria = await system.SignInAsync(AccessWorld.Stranger);
        using var auditor = await system.SignInAsync("karin-revisor");
        Assert.Equal(HttpStatusCode.Forbidden, (await maria.Http.GetAsync($"/api/children/{world.ChildId}")).StatusCode);

        var response = await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { personnummer = world.Personnummer, from = YearAgo, to = Today });
        var extract = await response.Content.ReadFromJsonAsync<JsonElement>(Json.Options);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(world.ChildId, extract.GetProperty("childId").GetGuid());
        Assert.Equal("Matilda", extract.GetProperty("childDisplayName").GetString());
        var rows = extract.GetProperty("accesses").EnumerateArray().ToArray();
        var times = rows.Select(r => r.GetProperty("at").GetDateTimeOffset()).ToArray();
        Assert.Equal(times.Order(), times);
        var registered = rows.First(r => r.GetProperty("action").GetString() == "registered");
        Assert.Equal(("Erik Sandberg", "School", "Backaskolan", AuditOutcomes.Allowed),
            (registered.GetProperty("name").GetString(), registered.GetProperty("agency").GetString(), registered.GetProperty("careUnit").GetString(), registered.GetProperty("outcome").GetString()));
        var refused = Assert.Single(rows, r => r.GetProperty("professionalId").GetString() == AccessWorld.Stranger);
        Assert.Equal(("Maria Holm", "Backa förskoleområde", AuditOutcomes.Refused),
            (refused.GetProperty("name").GetString(), refused.GetProperty("careUnit").GetString(), refused.GetProperty("outcome").GetString()));
        Assert.DoesNotContain(world.Personnummer, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task TheExtractRequestIsItselfAuditedAndOnlyAnAuditorMayMakeOne()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var erik = await system.SignInAsync(AccessWorld.Contact);
        using var auditor = await system.SignInAsync("karin-revisor");

        var byContact = await erik.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId, from = YearAgo, to = Today });
        (await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId, from = YearAgo, to = Today })).EnsureSuccessStatusCode();
        var second = await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId, from = YearAgo, to = Today });

        Assert.Equal(HttpStatusCode.Forbidden, byContact.StatusCode);
        var rows = (await second.Content.ReadFromJsonAsync<JsonElement>(Json.Options)).GetProperty("accesses").EnumerateArray();
        var extractRow = Assert.Single(rows, r => r.GetProperty("action").GetString()!.StartsWith("made a record extract", StringComparison.Ordinal));
        Assert.Equal(("karin-revisor", "Karin Ström"), (extractRow.GetProperty("professionalId").GetString(), extractRow.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task ABadExtractRequestNamesTheFieldAndTheRule()
    {
        var world = await AccessWorld.CreateAsync(system, socialServicesConsent: false);
        using var auditor = await system.SignInAsync("karin-revisor");

        var both = await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId, personnummer = world.Personnummer, from = YearAgo, to = Today });
        var backwards = await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId, from = Today, to = YearAgo });
        var noPeriod = await auditor.Http.PostAsJsonAsync("/api/audit/extract", new { childId = world.ChildId });

        Assert.Equal((ErrorCodes.FieldRequired, "childId"), await ProblemAsync(both));
        Assert.Equal((ErrorCodes.FieldBeforeOther, "to"), await ProblemAsync(backwards));
        Assert.Equal((ErrorCodes.FieldRequired, "from"), await ProblemAsync(noPeriod));
    }

    private static async Task<(string? Code, string? Field)> ProblemAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        return (problem.GetProperty("code").GetString(), problem.GetProperty("args").GetProperty("field").GetString());
    }
}
