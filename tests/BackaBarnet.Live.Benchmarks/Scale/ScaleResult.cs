namespace BackaBarnet.Live.Benchmarks.Scale;

/// <summary>What the scale run measured (latencies of grain calls from an Orleans client; creates through the HTTP API).</summary>
public sealed record ScaleResult(
    int TemplateStateBytes,
    int Active,
    int ActiveIntact,
    long SiloBytesBefore,
    long SiloBytesAfter,
    LatencyRecorder ColdBulk,
    double ColdBulkPerSecond,
    LatencyRecorder ColdOneAtATime,
    LatencyRecorder Warm,
    int Created,
    double CreatesPerSecond,
    LatencyRecorder Creates)
{
    /// <summary>Baseline: the rows the one-at-a-time activations read, read again straight from the table.</summary>
    public required LatencyRecorder RawPointRead { get; init; }

    /// <summary>Table Storage requests the silo and web node sent while the children were created, by purpose.</summary>
    public required IReadOnlyDictionary<string, double> CreateStorageRequests { get; init; }

    /// <summary>CPU the silo and the web node used while the children were created, by process.</summary>
    public required IReadOnlyDictionary<string, TimeSpan> CreateServerCpu { get; init; }

    /// <summary>CPU the run's own Azurite used meanwhile (zero when the run shares one it did not start).</summary>
    public required TimeSpan CreateAzuriteCpu { get; init; }

    /// <summary>The silo's managed heap after a full collection, before and after the activations.</summary>
    public required long SiloLiveBytesBefore { get; init; }

    public required long SiloLiveBytesAfter { get; init; }

    public double LiveBytesPerActiveChild => (SiloLiveBytesAfter - SiloLiveBytesBefore) / (double)Active;

    public double BytesPerActiveChild => (SiloBytesAfter - SiloBytesBefore) / (double)Active;
}
