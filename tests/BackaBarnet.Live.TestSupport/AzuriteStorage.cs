namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// Where a private Azurite keeps its tables. Either way it acknowledges a write from memory; on
/// disk it also saves the whole database every five seconds, and that save blocks its single
/// thread for longer the more rows it holds (seconds after a few hundred thousand).
/// </summary>
public enum AzuriteStorage
{
    /// <summary>Survives a stop and a start: what the storage fault tests need.</summary>
    OnDisk,

    /// <summary>Gone when it stops; no periodic save stalls the service (the benchmarks).</summary>
    InMemory,
}
