using Azure.Data.Tables;

namespace BackaBarnet.Live.HostingDefaults.Storage;

/// <summary>
/// Creates one of our tables (the audit log, the archives) once, on first use; a creation that failed (storage away at that
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
