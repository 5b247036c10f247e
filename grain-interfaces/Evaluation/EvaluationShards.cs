namespace BackaBarnet.Live.GrainInterfaces.Evaluation;

/// <summary>
/// Spreads the fact table over a fixed number of grains so child changes across the cluster do
/// not queue behind one grain or rewrite one large row.
/// </summary>
public static class EvaluationShards
{
    public const int Count = 32;

    public static IEnumerable<long> All => Enumerable.Range(0, Count).Select(i => (long)i);

    /// <summary>Stable across processes (unlike string.GetHashCode): the first bytes of the id.</summary>
    public static long For(Guid childId) => BitConverter.ToUInt32(childId.ToByteArray(), 0) % Count;
}
