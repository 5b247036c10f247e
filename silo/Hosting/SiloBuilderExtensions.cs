using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using BackaBarnet.Live.Grains.Audit;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Silo.Audit;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Storage.Reminders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;
using Orleans.Dashboard;
using StackExchange.Redis;

namespace BackaBarnet.Live.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Everything a BackaBarnet.Live silo needs: clustering, storage, reminders, dashboard data and grain services.</summary>
    public static ISiloBuilder AddBackaBarnetSilo(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.UseBackaBarnetClustering(settings);
        silo.AddBackaBarnetStorage(settings.StorageConnectionString, settings.GrainStateTable);
        silo.AddBackaBarnetReminders(settings.StorageConnectionString, settings.ReminderTable);
        silo.AddBackaBarnetAudit(settings.StorageConnectionString, settings.AuditTable);
        // The dashboard's pages are served by the web nodes behind the ops role; silos only collect its data.
        silo.AddDashboard();
        silo.Services.AddBackaBarnetGrainServices();
        return silo;
    }

    /// <summary>
    /// Localhost clustering for one machine; Redis membership (the official provider) for a
    /// cluster, where every silo advertises its own address and ports and may run in Kubernetes.
    /// Grain state and reminders stay in Table Storage either way.
    /// </summary>
    public static ISiloBuilder UseBackaBarnetClustering(this ISiloBuilder silo, SiloSettings settings)
    {
        if (settings.Clustering == ClusteringMode.Localhost)
        {
            return silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);
        }

        silo.UseRedisClustering(o => o.ConfigurationOptions = ConfigurationOptions.Parse(settings.RedisConnectionString!));
        silo.Configure<ClusterOptions>(o => (o.ServiceId, o.ClusterId) = (settings.ServiceId, settings.ClusterId));
        silo.ConfigureEndpoints(settings.AdvertisedAddress, settings.SiloPort, settings.GatewayPort);
        if (settings.Kubernetes)
        {
            // Reads the pod's address and the cluster ids from the pod and removes silos whose pods are gone.
            silo.UseKubernetesHosting();
        }

        return silo;
    }

    /// <summary>The storage part alone, for hosts that bring their own clustering (the test cluster).</summary>
    public static ISiloBuilder AddBackaBarnetStorage(this ISiloBuilder silo, string connectionString, string grainStateTable) =>
        silo.AddAzureTableGrainStorage(StorageNames.Records, o =>
        {
            o.ConnectionString = connectionString;
            o.TableName = grainStateTable;
        });

    /// <summary>The audit table, for the entries grains write (meeting edits).</summary>
    public static ISiloBuilder AddBackaBarnetAudit(this ISiloBuilder silo, string connectionString, string auditTable)
    {
        silo.Services.AddSingleton<IAuditSink>(new TableAuditSink(new TableServiceClient(connectionString).GetTableClient(auditTable)));
        return silo;
    }

    /// <summary>Durable reminders in their own table of the same storage account.</summary>
    public static ISiloBuilder AddBackaBarnetReminders(this ISiloBuilder silo, string connectionString, string reminderTable) =>
        silo.AddAzureTableReminders(o =>
        {
            o.ConnectionString = connectionString;
            o.TableName = reminderTable;
        });
}
