namespace BackaBarnet.Live.Benchmarks.Alerts;

/// <summary>The load shape of the concern alerts: connected barnkontakter, concerns per second, and the two phases' lengths.</summary>
public sealed record AlertOptions(int Barnkontakter, double ConcernsPerSecond, TimeSpan Duration, TimeSpan OfflineDuration)
{
    public static AlertOptions Full { get; } = new(500, 100, TimeSpan.FromSeconds(60), TimeSpan.FromSeconds(20));

    public static AlertOptions Smoke { get; } = new(10, 20, TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(2));
}
