using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.HostingDefaults.Archive;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>GET /api/me/inbox/archived: one's own archived notifications, newest first, a page at a time, audited per child shown.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class ArchivedInboxApiTests(LiveSystem system)
{
    private const string Owner = "lena-barnmorska";

    [Fact]
    public async Task TheOwnerPagesBackNewestFirstEachChildShownIsAuditedAndNobodyElseSeesThem()
    {
        // Newer than anything earlier runs archived for this person, so these are the first page.
        var at = DateTimeOffset.UtcNow.AddYears(100);
        var archived = Enumerable.Range(0, 3)
            .Select(i => new Notification(Guid.NewGuid(), NotificationKind.ConcernRaised, $"Ny oro för Arkivbarn {i}", Guid.NewGuid(), $"Arkivbarn {i}", null, "sara-soc", at.AddSeconds(i), "/child.html")
            { ReadAt = at.AddSeconds(i + 1) })
            .ToArray();
        await new InboxArchiveTable(new TableClient(TestStorage.ConnectionString, "InboxArchive")).ArchiveAsync(Owner, archived);
        using var owner = await system.SignInAsync(Owner);
        using var other = await system.SignInAsync("anna-bvc");
        using var auditor = await system.SignInAsync("karin-revisor");
        var auditedBefore = await RowsAsync(auditor);

        var first = await owner.Http.GetFromJsonAsync<ArchivedInboxPage>("/api/me/inbox/archived?take=2", Json.Options);
        var second = await owner.Http.GetFromJsonAsync<ArchivedInboxPage>($"/api/me/inbox/archived?take=2&before={first!.Next}", Json.Options);
        var others = await other.Http.GetFromJsonAsync<ArchivedInboxPage>("/api/me/inbox/archived", Json.Options);

        Assert.Equal([archived[2].NotificationId, archived[1].NotificationId], first.Items.Select(n => n.NotificationId));
        Assert.Equal((archived[0].NotificationId, archived[0].Title, archived[0].ChildId), (second!.Items[0].NotificationId, second.Items[0].Title, second.Items[0].ChildId));
        Assert.NotNull(first.Next);
        Assert.DoesNotContain(others!.Items, n => archived.Any(a => a.NotificationId == n.NotificationId));
        var audited = (await RowsAsync(auditor)).Except(auditedBefore).Select(r => r.ChildId).ToHashSet();
        Assert.Superset(archived.Select(a => a.ChildId).ToHashSet(), audited);
    }

    [Theory]
    [InlineData("?before=not-a-cursor", "before", ErrorCodes.FieldInvalid)]
    [InlineData("?before=0000000000000000001_0123", "before", ErrorCodes.FieldInvalid)]
    [InlineData("?take=0", "take", ErrorCodes.FieldOutOfRange)]
    [InlineData("?take=101", "take", ErrorCodes.FieldOutOfRange)]
    public async Task ABadCursorOrPageSizeIsRefusedNamingTheField(string query, string field, string code)
    {
        using var owner = await system.SignInAsync(Owner);

        var response = await owner.Http.GetAsync($"/api/me/inbox/archived{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"expected an error for '{field}', got {problem}");
        Assert.Equal(code, problem.GetProperty("code").GetString());
    }

    private static async Task<AuditEntry[]> RowsAsync(SignedIn auditor) =>
        (await auditor.Http.GetFromJsonAsync<AuditEntry[]>($"/api/audit/professionals/{Owner}?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(-1).ToString("O"))}", Json.Options))!
            .Where(r => r.Action.StartsWith("read own archived notifications about", StringComparison.Ordinal))
            .ToArray();
}
