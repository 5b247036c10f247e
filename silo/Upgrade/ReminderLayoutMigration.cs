using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;

namespace BackaBarnet.Live.Silo.Upgrade;

/// <summary>
/// Converts reminder rows written by our own reminder table (before the official Orleans
/// provider) to the official layout. The rows differ in two columns only: ours stored
/// <c>StartAt</c> as a typed date, the official stores a "yyyy-MM-dd HH:mm:ss.fff GMT" string and
/// adds <c>DeploymentId</c>. The official table silently drops a row it cannot parse, so an
/// unconverted reminder would never fire again. Keys, period and hash are the same in both.
/// Idempotent: a converted row is left alone, and each update is conditional on the row's
/// ETag, so a silo starting at the same time (or a reminder changed meanwhile) is never overwritten.
/// </summary>
public static class ReminderLayoutMigration
{
    private const string StartAt = "StartAt";

    /// <returns>How many rows were converted now.</returns>
    public static async Task<int> MigrateAsync(TableClient table, string serviceId, string clusterId, CancellationToken cancellationToken)
    {
        // Only the column that tells the layouts apart: the reminder service reads every row of its
        // range whenever it starts anyway, this reads one small column of each once more.
        var filter = TableClient.CreateQueryFilter(FormattableStringFactory.Create("ServiceId eq {0}", serviceId));
        var converted = 0;
        try
        {
            await foreach (var row in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey", StartAt], cancellationToken: cancellationToken))
            {
                if (row.TryGetValue(StartAt, out var value) && value is DateTimeOffset startAt)
                {
                    var change = new TableEntity(row.PartitionKey, row.RowKey)
                    {
                        [StartAt] = LogFormatter.PrintDate(startAt.UtcDateTime),
                        ["DeploymentId"] = clusterId,
                    };
                    converted += await TryConvertAsync(table, change, row.ETag, cancellationToken) ? 1 : 0;
                }
            }
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            // No reminder table yet: a new deployment, nothing to convert.
        }

        return converted;
    }

    /// <summary>Merges the two changed columns into the row, if it is still the version that was read.</summary>
    private static async Task<bool> TryConvertAsync(TableClient table, TableEntity change, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            await table.UpdateEntityAsync(change, etag, TableUpdateMode.Merge, cancellationToken);
            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            // Removed or rewritten meanwhile (by another silo's conversion or the reminder service): not ours to overwrite.
            return false;
        }
    }
}
