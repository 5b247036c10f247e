namespace BackaBarnet.Live.GrainInterfaces.Chronology;

/// <summary>
/// Where a child's older chronology entries go, so the live record stays small: one table, read
/// only when someone opens the whole chronology. Archiving an entry again writes the same row.
/// </summary>
public interface IChronologyArchive
{
    Task ArchiveAsync(Guid childId, IReadOnlyList<ChronologyEntry> entries);

    /// <summary>Every archived entry of the child, oldest first.</summary>
    Task<IReadOnlyList<ChronologyEntry>> ReadAsync(Guid childId);
}
