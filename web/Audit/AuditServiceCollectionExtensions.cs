using Azure.Data.Tables;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit table on the same storage account as the grains (Storage:ConnectionString, Storage:AuditTable).</summary>
    public static IServiceCollection AddBackaBarnetAudit(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration["Storage:ConnectionString"] ?? LocalStorage.AzuriteConnectionString;
        var tableName = configuration["Storage:AuditTable"] ?? AuditRows.DefaultTableName;
        services.AddSingleton(new AuditLog(new TableServiceClient(connection).GetTableClient(tableName)));
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTrail>();
        return services;
    }
}
