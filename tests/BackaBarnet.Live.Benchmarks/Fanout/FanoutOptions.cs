namespace BackaBarnet.Live.Benchmarks.Fanout;

/// <summary>The load shape of the live meeting fan-out: meetings × participants, edits per second, how long.</summary>
public sealed record FanoutOptions(int Sessions, int ParticipantsPerSession, double EditsPerSecond, TimeSpan Duration)
{
    public static FanoutOptions Full { get; } = new(200, 5, 500, TimeSpan.FromSeconds(60));

    public static FanoutOptions Smoke { get; } = new(4, 5, 40, TimeSpan.FromSeconds(3));

    public int Connections => Sessions * ParticipantsPerSession;
}
