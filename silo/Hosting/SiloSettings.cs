using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.Silo.Storage.Reminders;
using BackaBarnet.Live.GrainInterfaces.Hosting;
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
    public static SiloSettings From(IConfiguration configuration) => new(
        configuration["Orleans:ServiceId"] ?? "backabarnet-live",
        configuration["Orleans:ClusterId"] ?? "local",
        configuration.GetValue("Orleans:SiloPort", 11111),
        configuration.GetValue("Orleans:GatewayPort", 30000),
        configuration["Storage:ConnectionString"] ?? LocalStorage.AzuriteConnectionString,
        configuration["Storage:GrainStateTable"] ?? AzureTableGrainStorageOptions.DefaultTableName,
        configuration["Storage:ReminderTable"] ?? AzureTableReminderTableOptions.DefaultTableName);
}
