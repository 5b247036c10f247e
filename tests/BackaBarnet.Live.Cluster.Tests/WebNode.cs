namespace BackaBarnet.Live.Cluster.Tests;

/// <summary>A web process and the address it serves on.</summary>
public sealed record WebNode(NodeProcess Process, Uri Address);
