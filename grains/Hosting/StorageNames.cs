namespace BackaBarnet.Live.Grains.Hosting;

/// <summary>Names of the grain storage providers the grains ask for; the silo registers them.</summary>
public static class StorageNames
{
    /// <summary>Children's welfare records and the per-professional inboxes.</summary>
    public const string Records = "records";
}
