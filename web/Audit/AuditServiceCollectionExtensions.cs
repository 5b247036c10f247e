using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.HostingDefaults.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackaBarnet.Live.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit table on the same storage account as the grains (Storage:ConnectionString, Storage:AuditTable), and the trail that writes the web node's entries to it.</summary>
    public static IServiceCollection AddBackaBarnetAudit(this IServiceCollection services, StorageAccount storage)
    {
        services.AddAuditTable(storage);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTrail>();
        return services;
    }
}
