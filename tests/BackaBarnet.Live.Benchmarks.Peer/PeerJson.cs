using System.Text.Json;

namespace BackaBarnet.Live.Benchmarks.Peer;

public static class PeerJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
