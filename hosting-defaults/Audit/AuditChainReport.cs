namespace BackaBarnet.Live.HostingDefaults.Audit;

/// <summary>
/// The result of walking one audit partition's hash chain: intact, or the first broken link
/// (the row number where the chain breaks, that row's key when it still exists, and why).
/// </summary>
public sealed record AuditChainReport(string Partition, int Rows, bool Intact, long? FirstBrokenSeq, string? FirstBrokenRowKey, string? Problem)
{
    /// <summary>Rows written before the log was chained (older than its first chained row): kept, but not provable.</summary>
    public int Unchained { get; init; }
}
