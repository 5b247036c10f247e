using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Silo.Storage;

namespace BackaBarnet.Live.Silo.Hosting;

public static class SiloBuilderExtensions
{
    /// <summary>Everything a BackaBarnet.Live silo needs: clustering, storage and grain services.</summary>
    public static ISiloBuilder AddBackaBarnetSilo(this ISiloBuilder silo, SiloSettings settings)
    {
        silo.UseLocalhostClustering(settings.SiloPort, settings.GatewayPort, null, settings.ServiceId, settings.ClusterId);
        silo.AddBackaBarnetStorage(settings.StorageConnectionString, settings.GrainStateTable);
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
}
