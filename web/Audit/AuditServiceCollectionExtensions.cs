using Azure.Data.Tables;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Audit;

public static class AuditServiceCollectionExtensions
{
    /// <summary>The audit table on the same storage account as the grains (Storage:ConnectionString, Storage:AuditTable).</summary>
    public static IServiceCollection AddBackaBarnetAudit(this IServiceCollection services, IConfiguration configuration)
    {
        var connection = configuration["Storage:ConnectionString"] ?? LocalAzurite;
        var tableName = configuration["Storage:AuditTable"] ?? "AuditLog";
        services.AddSingleton(new AuditLog(new TableServiceClient(connection).GetTableClient(tableName)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<AuditTrail>();
        return services;
    }

    // Azurite's published development account on loopback, as the silo's default; not a secret.
    private const string LocalAzurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";
}
