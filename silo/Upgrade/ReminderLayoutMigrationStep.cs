using Azure.Data.Tables;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;

namespace BackaBarnet.Live.Silo.Upgrade;

/// <summary>
/// Runs <see cref="ReminderLayoutMigration"/> as the silo starts, before the reminder service reads
/// its table, so reminders registered under the earlier provider keep firing. With nothing left to
/// convert it costs one query that finds no row.
/// </summary>
public sealed partial class ReminderLayoutMigrationStep(TableClient table, ClusterOptions cluster, ILogger<ReminderLayoutMigrationStep> logger)
    : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(ReminderLayoutMigrationStep), ServiceLifecycleStage.RuntimeStorageServices, RunAsync);

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var converted = await ReminderLayoutMigration.MigrateAsync(table, cluster.ServiceId, cluster.ClusterId, cancellationToken);
        if (converted > 0)
        {
            LogConverted(converted, table.Name, cluster.ServiceId);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Converted {Count} reminders in table '{Table}' (service '{ServiceId}') from the earlier layout to the official one.")]
    private partial void LogConverted(int count, string table, string serviceId);
}
