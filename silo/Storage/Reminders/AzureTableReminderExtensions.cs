using Microsoft.Extensions.DependencyInjection;

namespace BackaBarnet.Live.Silo.Storage.Reminders;

public static class AzureTableReminderExtensions
{
    /// <summary>
    /// Durable reminders on Azure Table Storage: Orleans' reminder service with our table. The
    /// service creates the table when the silo starts and fails the start if it cannot.
    /// </summary>
    public static ISiloBuilder AddAzureTableReminders(this ISiloBuilder builder, Action<AzureTableReminderTableOptions> configure)
    {
        builder.AddReminders();
        builder.Services.AddOptions<AzureTableReminderTableOptions>().Configure(configure);
        builder.Services.AddSingleton<IReminderTable, AzureTableReminderTable>();
        return builder;
    }
}
