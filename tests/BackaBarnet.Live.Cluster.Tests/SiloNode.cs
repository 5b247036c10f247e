using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>A silo process and the ports it was given.</summary>
public sealed record SiloNode(ServerProcess Process, int SiloPort, int GatewayPort, int OpsPort)
{
    public Uri Ops(string path) => new($"http://127.0.0.1:{OpsPort}{path}");
}
