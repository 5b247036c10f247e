namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>A grain whose whole job is to write and read a versioned state through the product's provider.</summary>
[Alias("bb.test.IStorageProbeGrain")]
public interface IStorageProbeGrain : IGrainWithStringKey
{
    /// <summary>Saves version <paramref name="version"/> with a payload of that many bytes, all equal to the version.</summary>
    [Alias("Write")]
    Task WriteAsync(int version, int payloadBytes);

    [Alias("Read")]
    Task<ProbeReading> ReadAsync();

    /// <summary>Drops the activation, so the next call reads storage afresh.</summary>
    [Alias("Deactivate")]
    Task DeactivateAsync();
}
