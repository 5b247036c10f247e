using System.Net.Http.Json;
using System.Net;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.HostingDefaults.Audit;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class AuditLogTests(LiveSystem system)
{
    [Fact]
    public async Task EveryAccessToAChildIsInTheAuditLogForTheChildAndForTheProfessional()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var police = await system.SignInAsync("johan-polis");
        using var auditor = await system.SignInAsync("karin-revisor");
        var child = await nurse.RegisterChildAsync("Siri", "anna-bvc");
        await nurse.Http.GetAsync($"/api/children/{child.ChildId}");
        await police.Http.GetAsync($"/api/children/{child.ChildId}");
        await police.RaiseConcernAsync(child.ChildId, "Siri var ute sent", "Safe");

        var forChild = await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/children/{child.ChildId}", Json.Options);
        var forPolice = await auditor.Http.GetFromJsonAsync<AuditEntry[]>("/api/audit/professionals/johan-polis", Json.Options);

        Assert.Equal(
            [("johan-polis", "raised a concern about"), ("johan-polis", "was refused reading the record of"), ("anna-bvc", "read the record of"), ("anna-bvc", "registered")],
            forChild!.Select(e => (e.ProfessionalId, e.Action)));
        Assert.All(forChild!, e => Assert.Equal(child.ChildId, e.ChildId));
        Assert.Equal(("Police", "Polis"), (forChild![0].Agency, forChild[0].Title));
        Assert.Contains(forPolice!, e => e.ChildId == child.ChildId && e.Action == "raised a concern about");
    }

    [Fact]
    public async Task TheAuditorVerifiesThatAChildsAndAProfessionalsLogAreUnchanged()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var auditor = await system.SignInAsync("karin-revisor");
        var child = await nurse.RegisterChildAsync("Tuva", "anna-bvc");
        await nurse.Http.GetAsync($"/api/children/{child.ChildId}");

        var ofChild = await auditor.Http.GetFromJsonAsync<AuditChainReport>($"/api/audit/children/{child.ChildId}/verification", Json.Options);
        var ofNurse = await auditor.Http.GetFromJsonAsync<AuditChainReport>("/api/audit/professionals/anna-bvc/verification", Json.Options);
        var byNurse = await nurse.Http.GetAsync($"/api/audit/children/{child.ChildId}/verification");

        Assert.True(ofChild!.Intact, ofChild.Problem);
        Assert.Equal(2, ofChild.Rows);
        Assert.True(ofNurse!.Intact, ofNurse.Problem);
        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
    }

    [Fact]
    public async Task OnlyAuditorsReadTheAuditLogAndAuditorsReadNoChild()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var auditor = await system.SignInAsync("karin-revisor");
        var child = await nurse.RegisterChildAsync("Tage", "anna-bvc");

        var byNurse = await nurse.Http.GetAsync($"/api/audit/children/{child.ChildId}");
        var childByAuditor = await auditor.Http.GetAsync($"/api/children/{child.ChildId}");

        Assert.Equal(HttpStatusCode.Forbidden, byNurse.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, childByAuditor.StatusCode);
    }

    [Fact]
    public void TheAuditLogHasNoWayToChangeOrRemoveARow()
    {
        var methods = typeof(AuditTable).GetMethods().Where(m => m.DeclaringType == typeof(AuditTable)).Select(m => m.Name);

        // ExpectNewChild writes nothing: it tells the writer a new child's chain has no head yet.
        Assert.Equal(["AppendAsync", "AppendAsync", "ExpectNewChild", "ForChildAsync", "ForProfessionalAsync", "VerifyAsync"], methods.Order());
    }
}
