namespace BackaBarnet.Live.Grains.Tests.Storage;

public sealed class ProbeState
{
    public int Version { get; set; }

    public int PayloadLength { get; set; }

    public byte[] Payload { get; set; } = [];
}
