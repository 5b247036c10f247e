namespace BackaBarnet.Live.GrainInterfaces.Hosting;

/// <summary>
/// The names our own metrics are published under. Silo, grains and web each make their own
/// instruments on a meter of this name; an OpenTelemetry collector subscribes to the name once.
/// </summary>
public static class LiveTelemetry
{
    public const string MeterName = "BackaBarnet.Live";

    /// <summary>Orleans' own meter (activations, messaging, membership, storage).</summary>
    public const string OrleansMeterName = "Microsoft.Orleans";
}
