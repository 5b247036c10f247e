using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>Handled concerns beyond the newest ten leave the record; the API pages them from the archive, audited like every read.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class ClosedConcernsApiTests(LiveSystem system)
{
    /// <summary>At the 20th handled concern the oldest 10 go to the archive.</summary>
    private const int Handled = 20;

    [Fact]
    public async Task TheBarnkontaktPagesTheArchivedHandledConcernsNewestFirstAndEveryReadIsAudited()
    {
        using var contact = await system.SignInAsync("maria-forskola");
        using var police = await system.SignInAsync("johan-polis");
        using var auditor = await system.SignInAsync("karin-revisor");
        var child = await contact.RegisterChildAsync("Ebbe", "maria-forskola");
        for (var i = 1; i <= Handled; i++)
        {
            var raised = await contact.RaiseConcernAsync(child.ChildId, $"Ebbe var ledsen ({i})", "Safe");
            await (await contact.Http.PostAsync($"/api/children/{child.ChildId}/concerns/{raised.ConcernId}/acknowledge", null)).EnsureSuccessAsync();
            await (await contact.Http.PostAsJsonAsync($"/api/children/{child.ChildId}/concerns/{raised.ConcernId}/close", new { outcome = "Handled", whatWasDone = $"Samtal ({i})" })).EnsureSuccessAsync();
        }

        var record = (await contact.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{child.ChildId}", Json.Options))!;
        var first = (await contact.Http.GetFromJsonAsync<ClosedConcernPage>($"/api/children/{child.ChildId}/concerns/closed?take=4", Json.Options))!;
        var rest = (await contact.Http.GetFromJsonAsync<ClosedConcernPage>($"/api/children/{child.ChildId}/concerns/closed?before={first.NextBefore}", Json.Options))!;
        var badTake = await contact.Http.GetAsync($"/api/children/{child.ChildId}/concerns/closed?take=0");
        var stranger = await police.Http.GetAsync($"/api/children/{child.ChildId}/concerns/closed");
        var audit = (await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/children/{child.ChildId}", Json.Options))!;

        Assert.Equal((10, 10L), (record.Concerns.Count, record.ArchivedHandledConcerns));
        Assert.Equal(["Ebbe var ledsen (10)", "Ebbe var ledsen (9)", "Ebbe var ledsen (8)", "Ebbe var ledsen (7)"], first.Concerns.Select(c => c.Text));
        Assert.Equal(Enumerable.Range(1, 6).Reverse().Select(i => $"Samtal ({i})"), rest.Concerns.Select(c => c.Outcome));
        Assert.Null(rest.NextBefore);
        Assert.Equal(HttpStatusCode.BadRequest, badTake.StatusCode);
        Assert.True((await badTake.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("take", out _));
        Assert.Equal(HttpStatusCode.Forbidden, stranger.StatusCode);
        Assert.Equal(
            [("johan-polis", "was refused reading older handled concerns of", AuditOutcomes.Refused), ("maria-forskola", "was refused reading older handled concerns of", AuditOutcomes.Refused),
             ("maria-forskola", "read older handled concerns of", AuditOutcomes.Allowed), ("maria-forskola", "read older handled concerns of", AuditOutcomes.Allowed)],
            audit.Where(e => e.Action.Contains("older handled concerns", StringComparison.Ordinal)).Select(e => (e.ProfessionalId, e.Action, e.Outcome)));
    }
}
