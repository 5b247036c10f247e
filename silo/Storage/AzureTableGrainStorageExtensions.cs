using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Runtime.Hosting;
using Orleans.Serialization;
using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

public static class AzureTableGrainStorageExtensions
{
    /// <summary>
    /// Registers a named Azure Table grain storage provider. Its table is created when the silo
    /// starts (the provider takes part in the silo lifecycle).
    /// </summary>
    public static ISiloBuilder AddAzureTableGrainStorage(
        this ISiloBuilder builder, string name, Action<AzureTableGrainStorageOptions> configure)
    {
        builder.Services.AddOptions<AzureTableGrainStorageOptions>(name).Configure(configure);
        builder.Services.AddGrainStorage(name, Create);
        return builder;
    }

    private static AzureTableGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name);
        var serializer = options.GrainStorageSerializer
            ?? new SystemTextJsonGrainStorageSerializer(Options.Create(new SystemTextJsonGrainStorageSerializerOptions()));
        return new AzureTableGrainStorage(
            name,
            options,
            services.GetRequiredService<IOptions<ClusterOptions>>().Value,
            serializer,
            services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
    }
}
