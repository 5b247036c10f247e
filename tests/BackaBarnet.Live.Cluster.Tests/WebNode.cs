using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>A web process and the address it serves on.</summary>
public sealed record WebNode(ServerProcess Process, Uri Address);
