using Orleans.Storage;

namespace BackaBarnet.Live.Silo.Storage;

/// <summary>Settings of one named Azure Table grain storage provider.</summary>
public sealed class AzureTableGrainStorageOptions
{
    public const string DefaultTableName = "OrleansGrainState";

    /// <summary>A storage connection string (Azurite locally). Either this or <see cref="ServiceUri"/>.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The table service endpoint, carrying its SAS token when no connection string is used.</summary>
    public Uri? ServiceUri { get; set; }

    public string TableName { get; set; } = DefaultTableName;

    /// <summary>When true, clearing a state deletes its row; otherwise the row is kept, emptied.</summary>
    public bool DeleteRowOnClear { get; set; } = true;

    /// <summary>Defaults to Orleans' System.Text.Json storage serializer.</summary>
    public IGrainStorageSerializer? GrainStorageSerializer { get; set; }

    /// <summary>
    /// Retries of transient failures by the Azure SDK. Kept short: a caller waiting on a grain
    /// write is better served by a prompt error than by a minute of silent retrying.
    /// </summary>
    public int MaxRetries { get; set; } = 3;

    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMilliseconds(200);

    public TimeSpan NetworkTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
