using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Browser.Tests.SignIn;

/// <summary>A system whose sessions end after 12 s without activity, so the idle warning and the end of a session can be seen in a test.</summary>
public sealed class ShortIdleSystem : OidcSystem
{
    protected override string[] WebSettings => [.. base.WebSettings, "--Auth:Session:IdleMinutes=0.2"];
}
