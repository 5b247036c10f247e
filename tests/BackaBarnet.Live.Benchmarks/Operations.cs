namespace BackaBarnet.Live.Benchmarks;

/// <summary>The measured operations, and which raw client call each provider call is held against.</summary>
public static class Operations
{
    public const string GrainWrite = "write: grain call, end to end";
    public const string ProviderWrite = "write: provider WriteStateAsync";
    public const string DirectWrite = "write: provider called directly";
    public const string OfficialWrite = "write: official provider alone, called directly";
    public const string RawWrite = "write: raw UpsertEntityAsync";
    public const string ColdActivation = "read: cold activation, end to end";
    public const string ProviderRead = "read: provider ReadStateAsync";
    public const string DirectRead = "read: provider called directly";
    public const string OfficialRead = "read: official provider alone, called directly";
    public const string RawRead = "read: raw GetEntityAsync";

    /// <summary>
    /// In the grain, the provider's time also holds Orleans' state bridge and the activation's
    /// scheduler; called directly, it is the provider alone. "Provider" is ours: the official one
    /// with our thin layer over it; the official one alone shows what that layer costs.
    /// </summary>
    public static readonly (string Provider, string Raw)[] Comparisons =
    [
        (ProviderWrite, RawWrite), (DirectWrite, RawWrite), (OfficialWrite, RawWrite), (DirectWrite, OfficialWrite),
        (ProviderRead, RawRead), (DirectRead, RawRead), (OfficialRead, RawRead), (DirectRead, OfficialRead),
    ];
}
