using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.HostingDefaults.Archive;

/// <summary>
/// The archive table's rows of children's older handled concerns (the same table as the older
/// chronology, its own partitions). Keys carry ids and numbers only: the partition is the child's
/// id, the row key the concern's archive sequence counted down from the largest number, so the
/// table's own key order is newest first and a page is one range query. The concern's text and
/// outcome (child text) are properties, as is the rest of the concern as JSON.
/// </summary>
public sealed class ClosedConcernArchiveTable(TableClient table) : IClosedConcernArchive
{
    /// <summary>The service's limit of rows in one transaction (all in one partition).</summary>
    private const int RowsPerTransaction = 100;

    private const string ConcernProperty = "Concern";

    private readonly TableCreation creation = new(table);

    public async Task ArchiveAsync(Guid childId, IReadOnlyList<ArchivedConcern> concerns)
    {
        await creation.EnsureAsync();
        foreach (var chunk in concerns.Chunk(RowsPerTransaction))
        {
            await table.SubmitTransactionAsync(chunk.Select(concern => new TableTransactionAction(TableTransactionActionType.UpsertReplace, Row(childId, concern))));
        }
    }

    public async Task<IReadOnlyList<ArchivedConcern>> ReadNewestFirstAsync(Guid childId, long? before, int take)
    {
        await creation.EnsureAsync();
        var partition = Partition(childId);
        var filter = before is { } upper
            ? TableClient.CreateQueryFilter($"PartitionKey eq {partition} and RowKey gt {RowKey(upper)}")
            : TableClient.CreateQueryFilter($"PartitionKey eq {partition}");
        var page = new List<ArchivedConcern>(take);
        await foreach (var row in table.QueryAsync<TableEntity>(filter, maxPerPage: take))
        {
            page.Add(Read(row));
            if (page.Count == take)
            {
                break;
            }
        }

        return page;
    }

    private static string Partition(Guid childId) => $"concerns_{childId:N}";

    /// <summary>Counted down, so ascending key order is newest first.</summary>
    private static string RowKey(long sequence) => (long.MaxValue - sequence).ToString("D19", CultureInfo.InvariantCulture);

    private static TableEntity Row(Guid childId, ArchivedConcern archived) =>
        new(Partition(childId), RowKey(archived.Sequence))
        {
            [nameof(ArchivedConcern.Sequence)] = archived.Sequence,
            [nameof(ConcernView.Text)] = archived.Concern.Text,
            [nameof(ConcernView.Outcome)] = archived.Concern.Outcome,
            [ConcernProperty] = JsonSerializer.Serialize(archived.Concern with { Text = "", Outcome = null }),
        };

    private static ArchivedConcern Read(TableEntity row)
    {
        var concern = JsonSerializer.Deserialize<ConcernView>(row.GetString(ConcernProperty))!;
        return new ArchivedConcern(
            row.GetInt64(nameof(ArchivedConcern.Sequence))!.Value,
            concern with { Text = row.GetString(nameof(ConcernView.Text)), Outcome = row.GetString(nameof(ConcernView.Outcome)) });
    }
}
