namespace BackaBarnet.Live.Grains.Identity;

[GenerateSerializer, Alias("bb.BrowserSessionState")]
public sealed class BrowserSessionState
{
    /// <summary>Encrypted by the web node; null when there is no live session.</summary>
    [Id(0)]
    public byte[]? ProtectedTicket { get; set; }

    [Id(1)]
    public DateTimeOffset Expires { get; set; }
}
