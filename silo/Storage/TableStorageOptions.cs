using System.Text.RegularExpressions;
using Azure.Core;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>Where a table lives and how hard the Azure SDK retries; shared by grain storage and reminders.</summary>
public abstract partial class TableStorageOptions
{
    /// <summary>A storage connection string (Azurite locally). Either this or <see cref="ServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>
    /// The table service endpoint. Alone it must carry a SAS token; with <see cref="TokenCredential"/>
    /// (e.g. a managed identity) it needs none.
    /// </summary>
    public Uri? ServiceUri { get; set; }

    public TokenCredential? TokenCredential { get; set; }

    public abstract string TableName { get; set; }

    /// <summary>
    /// Retries of transient failures by the Azure SDK. Kept short: a caller waiting on a grain
    /// write is better served by a prompt error than by a minute of silent retrying.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fails at start-up, naming the provider and the setting, rather than at the first request.</summary>
    public void Validate(string provider)
    {
        if (string.IsNullOrWhiteSpace(ConnectionString) && ServiceUri is null)
        {
            throw new InvalidOperationException(
                $"Table storage '{provider}' needs either a connection string (Storage:ConnectionString) or a service URI.");
        }

        if (!TableNamePattern().IsMatch(TableName ?? ""))
        {
            throw new InvalidOperationException(
                $"Table storage '{provider}': table name '{TableName}' is invalid: it must be 3-63 letters or digits, starting with a letter.");
        }

        if (MaxRetries < 0 || RetryDelay <= TimeSpan.Zero || NetworkTimeout <= TimeSpan.Zero)
        {
            throw new InvalidOperationException(
                $"Table storage '{provider}': MaxRetries must be >= 0 and RetryDelay and NetworkTimeout positive.");
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]{2,62}$")]
    private static partial Regex TableNamePattern();
}
