using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.HostingDefaults.Health;
using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.HostingDefaults.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit table in the product's storage account, for the web node (<see cref="AuditTable"/>) and for grains (<see cref="IAuditSink"/>).</summary>
    public static IServiceCollection AddAuditTable(this IServiceCollection services, StorageAccount storage)
    {
        services.AddSingleton(new AuditTable(storage.CreateTableServiceClient(StoragePurposes.Audit).GetTableClient(storage.AuditTable)));
        services.AddSingleton<IAuditSink>(sp => sp.GetRequiredService<AuditTable>());
        // Not ready while accesses cannot be logged: see AuditHealthCheck.
        services.AddHealthChecks().AddCheck<AuditHealthCheck>("audit", tags: [HealthEndpoints.ReadyTag]);
        return services;
    }
}
