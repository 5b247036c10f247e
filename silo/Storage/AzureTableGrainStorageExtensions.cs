using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
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
        // Orleans' converters for grain references inside state; without them such state cannot be stored.
        builder.Services.TryAddEnumerable(
            ServiceDescriptor.Singleton<IPostConfigureOptions<SystemTextJsonGrainStorageSerializerOptions>, SystemTextJsonSerializerOptionsConfigure>());
        builder.Services.AddGrainStorage(name, Create);
        return builder;
    }

    private static AzureTableGrainStorage Create(IServiceProvider services, string name)
    {
        var options = services.GetRequiredService<IOptionsMonitor<AzureTableGrainStorageOptions>>().Get(name);
        var serializer = options.GrainStorageSerializer
            ?? new SystemTextJsonGrainStorageSerializer(services.GetRequiredService<IOptions<SystemTextJsonGrainStorageSerializerOptions>>());
        return new AzureTableGrainStorage(
            name,
            options,
            services.GetRequiredService<IOptions<ClusterOptions>>().Value,
            serializer,
            services.GetRequiredService<ILogger<AzureTableGrainStorage>>());
    }
}
