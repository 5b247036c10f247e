using System.Text;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.TestSupport;
using Xunit.Abstractions;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>
/// A state written before the inbox archive table holds every archived id in one set that only
/// grew. It still reads; on activation the ids move to the table and a late redelivery of one is
/// still recognised there.
/// </summary>
[Collection(ClockCollection.Name)]
public sealed class LegacyArchivedIdsTests(ClockClusterFixture fixture, ITestOutputHelper output)
{
    private const int LegacyIds = 10_000;

    [Fact]
    public async Task AnOldRowWithTenThousandArchivedIdsReadsShrinksAndStillRefusesARedelivery()
    {
        var template = Children.Children.NewProfessionalId("mall");
        await fixture.Grains.GetGrain<IProfessionalGrain>(template).DeliverAsync(Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow()));
        var ids = Enumerable.Range(0, LegacyIds).Select(_ => Guid.NewGuid()).ToArray();
        var professionalId = Children.Children.NewProfessionalId("gammal");
        var before = await WriteLegacyRowAsync(template, professionalId, ids);
        var inbox = fixture.Grains.GetGrain<IProfessionalGrain>(professionalId);

        var view = await inbox.GetInboxAsync();
        var after = await StoredBytesAsync(professionalId);
        var fresh = Notice(Guid.NewGuid(), FakeClockConfigurator.Clock.GetUtcNow().AddMinutes(1));
        await inbox.DeliverAsync(Notice(ids[1234], FakeClockConfigurator.Clock.GetUtcNow().AddDays(-30)));
        await inbox.DeliverAsync(fresh);
        var later = await inbox.GetInboxAsync();
        output.WriteLine($"legacy row with {LegacyIds} archived ids: {before} bytes; after activation: {after} bytes");

        Assert.Equal((LegacyIds, 0), (view.Archived, view.Items.Count));
        Assert.True(after < before / 10, $"the row shrank from {before} to only {after} bytes");
        Assert.Equal([fresh.NotificationId], later.Items.Select(n => n.NotificationId));
    }

    private static Notification Notice(Guid id, DateTimeOffset at) =>
        new(id, NotificationKind.MeetingInvitation, "Kallelse", null, null, Guid.NewGuid(), "erik-rektor", at, "/");

    /// <summary>The template's row, with its inbox emptied and the old set of archived ids, under the new professional's key.</summary>
    private async Task<int> WriteLegacyRowAsync(string templateId, string professionalId, Guid[] archivedIds)
    {
        var row = (await Table.GetEntityAsync<TableEntity>(Partition(templateId), GrainStateRows.RowKey("professional"))).Value;
        var state = JsonNode.Parse(GrainStateRows.Data(row))!.AsObject();
        state[Name(state, "Inbox")] = new JsonArray();
        state[Name(state, "Archived")] = archivedIds.Length;
        state[Name(state, "ArchivedIds")] = new JsonArray([.. archivedIds.Select(id => JsonValue.Create(id))]);
        var data = Encoding.UTF8.GetBytes(state.ToJsonString());
        var legacy = GrainStateRows.Row(Partition(professionalId), GrainStateRows.RowKey("professional"), data);
        foreach (var (key, value) in row.Where(p => !p.Key.StartsWith("Data", StringComparison.Ordinal) && p.Key is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag")))
        {
            legacy[key] = value;
        }

        await Table.UpsertEntityAsync(legacy, TableUpdateMode.Replace);
        return data.Length;
    }

    private static string Name(JsonObject state, string property) =>
        state.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase)) ?? property;

    private static TableClient Table => new(TestStorage.ConnectionString, "OrleansGrainState");

    private string Partition(string professionalId) =>
        GrainStateRows.PartitionKey(fixture.Cluster.Cluster.Options.ServiceId, GrainId.Create("professional", professionalId));

    private async Task<int> StoredBytesAsync(string professionalId) =>
        GrainStateRows.Data((await Table.GetEntityAsync<TableEntity>(Partition(professionalId), GrainStateRows.RowKey("professional"))).Value).Length;
}
