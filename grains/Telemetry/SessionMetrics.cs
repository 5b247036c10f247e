using System.Diagnostics.Metrics;

namespace BackaBarnet.Live.Grains.Telemetry;

/// <summary>
/// Meeting metrics measured where meetings live. Static: grain activations come and go, the
/// instruments stay for the life of the silo process.
/// </summary>
internal static class SessionMetrics
{
    /// <summary>Below the hosts' own meter name ("BackaBarnet.Live"), where their telemetry subscribes.</summary>
    public const string MeterName = "BackaBarnet.Live.Grains";

    private static readonly Meter Meter = new(MeterName);

    /// <summary>Meetings active in memory on this silo (activated, not yet deactivated).</summary>
    public static readonly UpDownCounter<int> ActiveSessions =
        Meter.CreateUpDownCounter<int>("backabarnet.sessions.active", "{session}", "Meetings active on this silo.");

    /// <summary>Every persisted meeting change; a collector turns it into edits per second.</summary>
    public static readonly Counter<long> Edits =
        Meter.CreateCounter<long>("backabarnet.session.edits", "{edit}", "Meeting changes persisted and pushed.");
}
