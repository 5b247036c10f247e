using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Web.Tests;

/// <summary>A system of its own with a low concern rate limit, so the limit can be reached quickly.</summary>
public sealed class LimitedSystem : LiveSystem
{
    public const int ConcernsPerMinute = 3;

    protected override string[] WebSettings => [$"--Limits:ConcernsPerMinute={ConcernsPerMinute}"];
}
