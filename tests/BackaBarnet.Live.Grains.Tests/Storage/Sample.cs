namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>A state record as first written.</summary>
public sealed class Sample
{
    public string Name { get; set; } = "";

    public List<int> Numbers { get; set; } = [];

    public byte[] Blob { get; set; } = [];
}
