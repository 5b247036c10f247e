using System.Net.Http.Json;
using System.Net;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.FollowUp;
using BackaBarnet.Live.TestSupport;
using BackaBarnet.Live.Web.Audit;

namespace BackaBarnet.Live.Web.Tests;

[Collection(LiveSystemCollection.Name)]
public sealed class FollowUpApiTests(LiveSystem system)
{
    [Fact]
    public async Task TheBarnkontaktReadsTheFollowUpAndOthersAreRefusedAndBothAreAudited()
    {
        using var nurse = await system.SignInAsync("anna-bvc");
        using var police = await system.SignInAsync("johan-polis");
        using var auditor = await system.SignInAsync("karin-revisor");
        var child = await nurse.RegisterChildAsync("Frida", "anna-bvc");
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        foreach (var (daysAgo, value) in new[] { (30, 2), (10, 4) })
        {
            (await nurse.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/assessments", new
            {
                rater = "TeamConsensus",
                assessedOn = today.AddDays(-daysAgo),
                ratings = new[] { new { area = "Safe", value } },
            })).EnsureSuccessStatusCode();
        }

        var followUp = await nurse.Http.GetFromJsonAsync<ChildFollowUp>($"/api/children/{child.ChildId}/follow-up", Json.Options);
        var refused = await police.Http.GetAsync($"/api/children/{child.ChildId}/follow-up");
        var audit = await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/children/{child.ChildId}", Json.Options);

        var safe = followUp!.Areas.Single(a => a.Area == GrainInterfaces.Domain.NeedsArea.Safe);
        Assert.Equal((2, 4, 2), (safe.Baseline, safe.Current, safe.Change));
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains(audit!, e => e.ProfessionalId == "anna-bvc" && e.Action == "read the follow-up of");
        Assert.Contains(audit!, e => e.ProfessionalId == "johan-polis" && e.Action == "was refused reading the follow-up of");
    }
}
