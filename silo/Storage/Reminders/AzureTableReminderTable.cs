using System.Runtime.CompilerServices;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Silo.Storage.Reminders;

/// <summary>
/// Durable reminders in their own Azure table (layout: <see cref="ReminderRows"/>). The reminder
/// service owns ranges of the hash ring and reads them with <see cref="ReadRows(uint, uint, CancellationToken)"/>.
/// </summary>
public sealed partial class AzureTableReminderTable : IReminderTable
{
    private readonly AzureTableReminderTableOptions options;
    private readonly string serviceId;
    private readonly ILogger<AzureTableReminderTable> logger;
    private readonly TableClient table;

    public AzureTableReminderTable(
        IOptions<AzureTableReminderTableOptions> options, IOptions<ClusterOptions> cluster, ILogger<AzureTableReminderTable> logger)
    {
        this.options = options.Value;
        this.options.Validate("reminder table");
        serviceId = cluster.Value.ServiceId;
        this.logger = logger;
        table = TableClientFactory.Create(this.options);
    }

    /// <summary>Creates the table if it is missing; the reminder service calls this when the silo starts.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await table.CreateIfNotExistsAsync(cancellationToken);
        LogTableReady(options.TableName, serviceId);
    }

    public Task Init() => StartAsync(CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId) => ReadRows(grainId, CancellationToken.None);

    public Task<ReminderTableData> ReadRows(GrainId grainId, CancellationToken cancellationToken) =>
        QueryAsync(
            Filter($"PartitionKey eq {{0}} and {ReminderRows.GrainIdProperty} eq {{1}}", ReminderRows.PartitionKey(serviceId, grainId), grainId.ToString()),
            cancellationToken);

    public Task<ReminderTableData> ReadRows(uint begin, uint end) => ReadRows(begin, end, CancellationToken.None);

    /// <summary>Rows whose grain hash is in (begin, end]; when begin >= end the range wraps around the ring.</summary>
    public async Task<ReminderTableData> ReadRows(uint begin, uint end, CancellationToken cancellationToken)
    {
        if (begin < end)
        {
            return await QueryAsync(HashRange(begin, end, beginInclusive: false), cancellationToken);
        }

        var high = await QueryAsync(HashRange(begin, uint.MaxValue, beginInclusive: false), cancellationToken);
        var low = await QueryAsync(HashRange(0, end, beginInclusive: true), cancellationToken);
        return new ReminderTableData(high.Reminders.Concat(low.Reminders));
    }

    public Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName) => ReadRow(grainId, reminderName, CancellationToken.None);

    /// <returns>The reminder, or null when there is none.</returns>
    public async Task<ReminderEntry?> ReadRow(GrainId grainId, string reminderName, CancellationToken cancellationToken)
    {
        var partition = ReminderRows.PartitionKey(serviceId, grainId);
        var row = ReminderRows.RowKey(grainId, reminderName);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(partition, row, cancellationToken: cancellationToken);
        if (!response.HasValue)
        {
            return null;
        }

        var entry = ReminderRows.ToEntry(response.Value!);
        if (entry.GrainId != grainId || entry.ReminderName != reminderName)
        {
            // Sanitized keys collided: refuse loudly rather than hand one grain another's reminder.
            throw new InvalidDataException(
                $"Reminder row {partition}/{row} belongs to grain {entry.GrainId} reminder '{entry.ReminderName}', not to grain {grainId} reminder '{reminderName}'.");
        }

        return entry;
    }

    public Task<string?> UpsertRow(ReminderEntry entry) => UpsertRow(entry, CancellationToken.None);

    /// <summary>Unconditional, as the reminder service expects: it owns its hash range and writes the latest schedule.</summary>
    public async Task<string?> UpsertRow(ReminderEntry entry, CancellationToken cancellationToken)
    {
        var entity = ReminderRows.ToEntity(serviceId, entry);
        var response = await table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken);
        return response.Headers.ETag?.ToString()
            ?? throw new InvalidOperationException($"Table '{options.TableName}' returned no ETag for reminder {entity.PartitionKey}/{entity.RowKey}.");
    }

    public Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag) =>
        RemoveRow(grainId, reminderName, eTag, CancellationToken.None);

    /// <returns>False when the row is gone or holds another version than <paramref name="eTag"/>.</returns>
    public async Task<bool> RemoveRow(GrainId grainId, string reminderName, string eTag, CancellationToken cancellationToken)
    {
        try
        {
            // The SDK reports a delete of a missing row as success (status 404): that is no removal.
            var response = await table.DeleteEntityAsync(
                ReminderRows.PartitionKey(serviceId, grainId), ReminderRows.RowKey(grainId, reminderName), new ETag(eTag), cancellationToken);
            if (response.Status == 404)
            {
                LogNotRemoved(reminderName, grainId, response.Status);
                return false;
            }

            return true;
        }
        catch (RequestFailedException e) when (e.Status is 404 or 412)
        {
            LogNotRemoved(reminderName, grainId, e.Status);
            return false;
        }
    }

    public Task TestOnlyClearTable() => TestOnlyClearTable(CancellationToken.None);

    /// <summary>Deletes this service's reminders only; other services may share the table.</summary>
    public async Task TestOnlyClearTable(CancellationToken cancellationToken)
    {
        var filter = Filter($"{ReminderRows.ServiceIdProperty} eq {{0}}", serviceId);
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, select: ["PartitionKey", "RowKey"], cancellationToken: cancellationToken))
        {
            await table.DeleteEntityAsync(entity.PartitionKey, entity.RowKey, ETag.All, cancellationToken);
        }
    }

    private string HashRange(uint from, uint to, bool beginInclusive)
    {
        var lower = ReminderRows.PartitionKey(serviceId, from);
        var upper = ReminderRows.PartitionKey(serviceId, to);
        // The ServiceId condition keeps out services whose id merely starts with ours ("svc" vs "svc_1").
        var lowerOperator = beginInclusive ? "ge" : "gt";
        return Filter($"PartitionKey {lowerOperator} {{0}} and PartitionKey le {{1}} and {ReminderRows.ServiceIdProperty} eq {{2}}", lower, upper, serviceId);
    }

    /// <summary>Property names go into the format; values are quoted and escaped by the SDK.</summary>
    private static string Filter(string format, params object[] values) =>
        TableClient.CreateQueryFilter(FormattableStringFactory.Create(format, values));

    private async Task<ReminderTableData> QueryAsync(string filter, CancellationToken cancellationToken)
    {
        var entries = new List<ReminderEntry>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            entries.Add(ReminderRows.ToEntry(entity));
        }

        return new ReminderTableData(entries);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reminder table '{Table}' ready for service '{ServiceId}'.")]
    private partial void LogTableReady(string table, string serviceId);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Reminder '{ReminderName}' of grain {GrainId} not removed: status {Status} (gone or another version).")]
    private partial void LogNotRemoved(string reminderName, GrainId grainId, int status);
}
