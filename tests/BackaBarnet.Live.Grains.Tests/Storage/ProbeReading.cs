namespace BackaBarnet.Live.Grains.Tests.Storage;

/// <summary>What a probe activation holds; <see cref="PayloadIsWhole"/> is false for any mix of two versions.</summary>
[GenerateSerializer, Alias("bb.test.ProbeReading")]
public sealed record ProbeReading(bool RecordExists, int Version, bool PayloadIsWhole);
