namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary><see cref="Sample"/> after a member was added: old rows must still read.</summary>
public sealed class SampleWithNickname
{
    public string Name { get; set; } = "";

    public List<int> Numbers { get; set; } = [];

    public byte[] Blob { get; set; } = [];

    public string Nickname { get; set; } = "(none)";
}
