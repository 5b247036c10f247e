using BackaBarnet.Live.GrainInterfaces.Chronology;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.HostingDefaults.Archive;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Upgrade;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Dashboard;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Everything a BackaBarnet.Live silo needs: clustering, storage, reminders, dashboard data and grain services.</summary>
    public static ISiloBuilder AddBackaBarnetSilo(this ISiloBuilder silo, SiloSettings settings)
    {
        settings.Cluster.Join(silo, settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort);
        if (settings.Kubernetes)
        {
            // Reads the pod's address and the cluster ids from the pod and removes silos whose pods are gone.
            silo.UseKubernetesHosting();
        }

        silo.AddBackaBarnetGrains(settings.Storage);
        // The dashboard's pages are served by the web nodes behind the ops role; silos only collect its data.
        silo.AddDashboard();
        return silo;
    }

    /// <summary>
    /// What hosting our grains needs besides clustering: grain state, reminders and the audit
    /// table in the storage account, and the grains' own services. The silo process and the test
    /// clusters (which bring their own clustering) both use it.
    /// </summary>
    public static ISiloBuilder AddBackaBarnetGrains(this ISiloBuilder silo, StorageAccount storage)
    {
        // The official provider, reading and writing the rows our own provider wrote before it:
        // the same System.Text.Json as ours (its default, Newtonsoft, writes $id/$type JSON our
        // rows do not have), and a cleared state deletes its row (its default keeps it, emptied).
        silo.UseSystemTextJsonGrainStorageSerializer();
        // The same serializer, with the equal strings of one record read as one instance (RecordStringSharing).
        silo.Services.Configure<SystemTextJsonGrainStorageSerializerOptions>(o => o.JsonSerializerOptions.Converters.Add(new RecordStringSharing.Converter()));
        silo.Services.AddSingleton<IGrainStorageSerializer>(services => new RecordStringSharing(
            new SystemTextJsonGrainStorageSerializer(services.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>())));
        silo.AddAzureTableGrainStorage(StorageNames.Records, o =>
        {
            o.TableServiceClient = storage.CreateTableServiceClient(StoragePurposes.GrainState);
            o.TableName = storage.GrainStateTable;
            o.DeleteStateOnClear = true;
        });
        // Registered after the official one under the same name, so grains get it wrapped.
        silo.Services.AddKeyedSingleton<IGrainStorage>(StorageNames.Records, (services, _) => new GuardedGrainStorage(
            AzureTableGrainStorageFactory.Create(services, StorageNames.Records),
            services.GetRequiredService<IOptionsMonitor<AzureTableStorageOptions>>().Get(StorageNames.Records).GrainStorageSerializer,
            storage.GrainStateTable,
            services.GetRequiredService<ILogger<GuardedGrainStorage>>()));

        silo.UseAzureTableReminderService(o =>
        {
            o.TableServiceClient = storage.CreateTableServiceClient(StoragePurposes.Reminders);
            o.TableName = storage.ReminderTable;
        });
        silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(services => new ReminderLayoutMigrationStep(
            storage.CreateTableServiceClient(StoragePurposes.Reminders).GetTableClient(storage.ReminderTable),
            services.GetRequiredService<IOptions<ClusterOptions>>().Value,
            services.GetRequiredService<ILogger<ReminderLayoutMigrationStep>>()));

        silo.Services.AddAuditTable(storage);
        silo.Services.AddSingleton<IChronologyArchive>(new ChronologyArchiveTable(storage.CreateTableServiceClient(StoragePurposes.Archive).GetTableClient(storage.ArchiveTable)));
        silo.Services.AddSingleton<GrainInterfaces.Children.IClosedConcernArchive>(new ClosedConcernArchiveTable(storage.CreateTableServiceClient(StoragePurposes.Archive).GetTableClient(storage.ArchiveTable)));
        silo.Services.AddSingleton<IInboxArchive>(new InboxArchiveTable(storage.CreateTableServiceClient(StoragePurposes.InboxArchive).GetTableClient(storage.InboxArchiveTable)));
        silo.Services.AddBackaBarnetGrainServices();
        return silo;
    }
}
