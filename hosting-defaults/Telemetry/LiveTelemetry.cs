namespace BackaBarnet.Live.HostingDefaults.Telemetry;

/// <summary>
/// The names our own metrics are published under. The silo and the web node make their
/// instruments on a meter of this name, the grains on one below it ("BackaBarnet.Live.Grains");
/// a collector subscribes to both with <see cref="Subscriptions"/>.
/// </summary>
public static class LiveTelemetry
{
    public const string MeterName = "BackaBarnet.Live";

    /// <summary>Orleans' own meter (activations, messaging, membership, storage).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";

    /// <summary>Ours, every meter below ours, and Orleans'.</summary>
    public static readonly string[] Subscriptions = [MeterName, MeterName + ".*", OrleansMeterName];
}
