using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Storage.Reminders;

namespace BackaBarnet.Live.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Everything a BackaBarnet.Live silo needs: clustering, storage, reminders and grain services.</summary>
    public static ISiloBuilder AddBackaBarnetSilo(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);
        silo.AddBackaBarnetStorage(settings.StorageConnectionString, settings.GrainStateTable);
        silo.AddBackaBarnetReminders(settings.StorageConnectionString, settings.ReminderTable);
        silo.Services.AddBackaBarnetGrainServices();
        return silo;
    }

    /// <summary>The storage part alone, for hosts that bring their own clustering (the test cluster).</summary>
    public static ISiloBuilder AddBackaBarnetStorage(this ISiloBuilder silo, string connectionString, string grainStateTable) =>
        silo.AddAzureTableGrainStorage(StorageNames.Records, o =>
        {
            o.ConnectionString = connectionString;
            o.TableName = grainStateTable;
        });

    /// <summary>Durable reminders in their own table of the same storage account.</summary>
    public static ISiloBuilder AddBackaBarnetReminders(this ISiloBuilder silo, string connectionString, string reminderTable) =>
        silo.AddAzureTableReminders(o =>
        {
            o.ConnectionString = connectionString;
            o.TableName = reminderTable;
        });
}
