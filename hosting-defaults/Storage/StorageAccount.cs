using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using Microsoft.Extensions.Configuration;

namespace BackaBarnet.Live.HostingDefaults.Storage;

/// <summary>
/// The one Azure Storage account (Table service) the product uses for everything it keeps: grain
/// state, reminders, cluster membership and the audit log, each in its own table.
/// </summary>
public sealed record StorageAccount(string ConnectionString)
{
    public string GrainStateTable { get; init; } = "OrleansGrainState";

    public string ReminderTable { get; init; } = "OrleansReminders";

    /// <summary>Silos and their gateways (Orleans' membership table), in cluster mode.</summary>
    public string MembershipTable { get; init; } = "OrleansSiloInstances";

    public string AuditTable { get; init; } = "AuditLog";

    /// <summary>Children's older chronology entries, moved out of the grain state (see ChildGrain.Archive).</summary>
    public string ArchiveTable { get; init; } = "ChildArchive";

    /// <summary>Professionals' older read notifications, moved out of the inbox (see ProfessionalGrain.InboxArchive).</summary>
    public string InboxArchiveTable { get; init; } = "InboxArchive";

    /// <summary>The web nodes' shared data-protection keys (they encrypt the session and sign-in cookies).</summary>
    public string DataProtectionTable { get; init; } = "DataProtectionKeys";

    /// <summary>
    /// Retries of transient failures by the Azure SDK. Kept short: a caller waiting on a grain
    /// write is better served by a prompt error than by a minute of silent retrying, and the whole
    /// operation must end inside the grain call's timeout (see <see cref="TimeoutBudget"/>).
    /// </summary>
    public int MaxRetries { get; init; } = TimeoutBudget.StorageRetries;

    public TimeSpan RetryDelay { get; init; } = TimeoutBudget.StorageRetryDelay;

    public TimeSpan MaxRetryDelay { get; init; } = TimeoutBudget.StorageRetryMaxDelay;

    public TimeSpan NetworkTimeout { get; init; } = TimeoutBudget.StorageTry;

    public static StorageAccount From(IConfiguration configuration)
    {
        var defaults = new StorageAccount(LocalStorage.AzuriteConnectionString);
        return new StorageAccount(configuration["Storage:ConnectionString"] is { Length: > 0 } connection ? connection : defaults.ConnectionString)
        {
            GrainStateTable = configuration["Storage:GrainStateTable"] ?? defaults.GrainStateTable,
            ReminderTable = configuration["Storage:ReminderTable"] ?? defaults.ReminderTable,
            MembershipTable = configuration["Storage:MembershipTable"] ?? defaults.MembershipTable,
            AuditTable = configuration["Storage:AuditTable"] ?? defaults.AuditTable,
            ArchiveTable = configuration["Storage:ArchiveTable"] ?? defaults.ArchiveTable,
            InboxArchiveTable = configuration["Storage:InboxArchiveTable"] ?? defaults.InboxArchiveTable,
            DataProtectionTable = configuration["Storage:DataProtectionTable"] ?? defaults.DataProtectionTable,
        };
    }

    /// <summary>
    /// A client of the Table service with the product's retry policy; every table of ours goes
    /// through one like it. <paramref name="purpose"/> labels its requests in the
    /// <c>backabarnet.storage.requests</c> metric (see <see cref="StoragePurposes"/>).
    /// </summary>
    public TableServiceClient CreateTableServiceClient(string purpose)
    {
        var options = new TableClientOptions();
        // Per retry: a resent request costs the service as much as the first.
        options.AddPolicy(new StorageRequestCounter(purpose), HttpPipelinePosition.PerRetry);
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = MaxRetries;
        options.Retry.Delay = RetryDelay;
        options.Retry.MaxDelay = MaxRetryDelay;
        options.Retry.NetworkTimeout = NetworkTimeout;
        return new TableServiceClient(ConnectionString, options);
    }
}
