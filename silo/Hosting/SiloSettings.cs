using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Storage.Reminders;
using Microsoft.Extensions.Configuration;

namespace BackaBarnet.Live.Silo.Hosting;

/// <summary>The silo's settings, read from configuration (appsettings, environment, command line).</summary>
public sealed record SiloSettings(
    string ServiceId,
    string ClusterId,
    int SiloPort,
    int GatewayPort,
    string StorageConnectionString,
    string GrainStateTable,
    string ReminderTable)
{
    /// <summary>
    /// Azurite's published development account on loopback. It is the emulator's well-known
    /// key, not a secret; production sets Storage:ConnectionString.
    /// </summary>
    public const string LocalAzurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
        + "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
        + "TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    public static SiloSettings From(IConfiguration configuration) => new(
        configuration["Orleans:ServiceId"] ?? "backabarnet-live",
        configuration["Orleans:ClusterId"] ?? "local",
        configuration.GetValue("Orleans:SiloPort", 11111),
        configuration.GetValue("Orleans:GatewayPort", 30000),
        configuration["Storage:ConnectionString"] ?? LocalAzurite,
        configuration["Storage:GrainStateTable"] ?? AzureTableGrainStorageOptions.DefaultTableName,
        configuration["Storage:ReminderTable"] ?? AzureTableReminderTableOptions.DefaultTableName);
}
