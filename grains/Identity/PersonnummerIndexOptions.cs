namespace BackaBarnet.Live.Grains.Identity;

/// <summary>Configuration section "Identity".</summary>
public sealed class PersonnummerIndexOptions
{
    public const string Section = "Identity";

    /// <summary>
    /// Base64 secret (at least 32 bytes) for the keyed hash that indexes personnummer. Without
    /// it an index key could be recomputed by anyone holding a number; keep it out of the repo.
    /// </summary>
    public string? PersonnummerHmacKey { get; set; }
}
