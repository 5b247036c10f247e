using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;

namespace BackaBarnet.Live.Web.Audit;

/// <summary>
/// The append-only audit table (rows as <see cref="AuditRows"/> lays them out). Rows are only ever
/// added: there is no update or delete here, and none anywhere else in the product (a silo writing
/// a meeting's entries again after a failure writes the same rows).
/// </summary>
public sealed class AuditLog(TableClient table)
{
    private readonly Lazy<Task> created = new(() => table.CreateIfNotExistsAsync());

    public async Task AppendAsync(AuditEntry entry)
    {
        await created.Value;

        // The rows are independent writes: send them together so an audited call waits one round trip, not two.
        await Task.WhenAll(AuditRows.Partitions(entry).Select(partition => table.AddEntityAsync(new TableEntity(AuditRows.Row(partition, entry)))));
    }

    public Task<IReadOnlyList<AuditEntry>> ForChildAsync(Guid childId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ChildPartition(childId), from, to);

    public Task<IReadOnlyList<AuditEntry>> ForProfessionalAsync(string professionalId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(AuditRows.ProfessionalPartition(professionalId), from, to);

    private async Task<IReadOnlyList<AuditEntry>> ReadAsync(string partition, DateTimeOffset from, DateTimeOffset to)
    {
        await created.Value;
        var entries = new List<AuditEntry>();
        await foreach (var row in table.QueryAsync<TableEntity>(e => e.PartitionKey == partition))
        {
            var at = row.GetDateTimeOffset("At")!.Value;
            if (at >= from && at <= to)
            {
                entries.Add(new AuditEntry(at, row.GetString("ProfessionalId"), row.GetString("Agency"), row.GetString("Title"), row.GetString("Action"), row.GetGuid("ChildId"))
                {
                    Through = row.GetString("Through"),
                    Id = AuditRows.EntryId(row.RowKey),
                });
            }
        }

        return entries;
    }
}
