using Azure.Data.Tables;

namespace BackaBarnet.Live.HostingDefaults.Archive;

/// <summary>
/// Creates an archive table once, on first use; a creation that failed (storage away at that
/// moment) is tried again by the next access instead of failing every access until a restart.
/// </summary>
public sealed class TableCreation(TableClient table)
{
    private readonly Lock gate = new();
    private Task? created;

    public Task EnsureAsync()
    {
        lock (gate)
        {
            if (created is null || created.IsFaulted || created.IsCanceled)
            {
                created = table.CreateIfNotExistsAsync();
            }

            return created;
        }
    }
}
