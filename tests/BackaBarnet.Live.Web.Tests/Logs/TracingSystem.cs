using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.Logging;

namespace BackaBarnet.Live.Web.Tests.Logs;

/// <summary>A system whose web node's every log line is collected, down to Trace, and whose people also sign in at the provider.</summary>
public sealed class TracingSystem : OidcSystem
{
    protected override LogLevel CollectedLevel => LogLevel.Trace;
}
