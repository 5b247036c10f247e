namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// Where a child's older handled concerns go, so the live record stays small: one table, read a
/// page at a time when someone asks for older concerns. Each concern has its place in the child's
/// archive (<see cref="ArchivedConcern.Sequence"/>, 1 for the first archived): archiving it again
/// writes the same row.
/// </summary>
public interface IClosedConcernArchive
{
    Task ArchiveAsync(Guid childId, IReadOnlyList<ArchivedConcern> concerns);

    /// <summary>At most <paramref name="take"/> archived concerns with a sequence below <paramref name="before"/> (all when null), newest first.</summary>
    Task<IReadOnlyList<ArchivedConcern>> ReadNewestFirstAsync(Guid childId, long? before, int take);
}

/// <summary>A handled concern in the archive, at its place in the child's archive order (oldest raised = 1).</summary>
[GenerateSerializer, Alias("bb.ArchivedConcern")]
public sealed record ArchivedConcern(long Sequence, ConcernView Concern);
