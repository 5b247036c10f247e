using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>Bad input: the caller is told the field and the rule; nothing changed.</summary>
public sealed class PeerRefusal(string field, string rule) : HubException($"{field}: {rule}");
