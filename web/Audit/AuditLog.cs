using Azure.Data.Tables;

namespace BackaBarnet.Live.Web.Audit;

/// <summary>
/// The append-only audit table. Each access is written twice, into the child's partition and
/// into the professional's, so both questions of a loggkontroll ("who accessed this child?",
/// "what did this person access?") are one partition read. Rows are only ever added: there is no
/// update or delete here, and none anywhere else in the product.
/// </summary>
public sealed class AuditLog(TableClient table)
{
    private readonly Lazy<Task> created = new(() => table.CreateIfNotExistsAsync());

    public async Task AppendAsync(AuditEntry entry)
    {
        await created.Value;

        // Newest first within a partition: row keys sort ascending, so use reversed ticks.
        var rowKey = $"{DateTimeOffset.MaxValue.UtcTicks - entry.At.UtcTicks:D19}_{Guid.NewGuid():N}";
        // The two rows are independent writes: send them together so an audited call waits one round trip, not two.
        var professionalRow = table.AddEntityAsync(ToRow(ProfessionalPartition(entry.ProfessionalId), rowKey, entry));
        if (entry.ChildId is { } childId)
        {
            await Task.WhenAll(table.AddEntityAsync(ToRow(ChildPartition(childId), rowKey, entry)), professionalRow);
            return;
        }

        await professionalRow;
    }

    public Task<IReadOnlyList<AuditEntry>> ForChildAsync(Guid childId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(ChildPartition(childId), from, to);

    public Task<IReadOnlyList<AuditEntry>> ForProfessionalAsync(string professionalId, DateTimeOffset from, DateTimeOffset to) =>
        ReadAsync(ProfessionalPartition(professionalId), from, to);

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
                });
            }
        }

        return entries;
    }

    private static string ChildPartition(Guid childId) => $"child_{childId:N}";

    private static string ProfessionalPartition(string professionalId) => $"pro_{professionalId}";

    private static TableEntity ToRow(string partition, string rowKey, AuditEntry entry) => new(partition, rowKey)
    {
        ["At"] = entry.At,
        ["ProfessionalId"] = entry.ProfessionalId,
        ["Agency"] = entry.Agency,
        ["Title"] = entry.Title,
        ["Action"] = entry.Action,
        ["ChildId"] = entry.ChildId,
        ["Through"] = entry.Through,
    };
}
