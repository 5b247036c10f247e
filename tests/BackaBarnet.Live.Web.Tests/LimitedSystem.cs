using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>A system of its own with low rate limits, so the limits can be reached quickly.</summary>
public sealed class LimitedSystem : LiveSystem
{
    public const int ConcernsPerMinute = 3;

    public const int HubEditBurst = 3;

    public const int PersonnummerCallsPerMinute = 4;

    protected override string[] WebSettings =>
        [$"--Limits:ConcernsPerMinute={ConcernsPerMinute}", "--Limits:HubEditsPerSecond=1", $"--Limits:HubEditBurst={HubEditBurst}",
        $"--Limits:PersonnummerCallsPerMinute={PersonnummerCallsPerMinute}"];
}
