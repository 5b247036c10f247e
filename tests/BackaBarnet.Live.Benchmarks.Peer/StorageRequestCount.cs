using Azure.Core;
using Azure.Core.Pipeline;

namespace BackaBarnet.Live.Benchmarks.Peer;

/// <summary>Every request the peer sends to Table Storage, retries included: the benchmark reads it to compare requests per operation.</summary>
public sealed class StorageRequestCount : HttpPipelineSynchronousPolicy
{
    private long value;

    public long Value => Interlocked.Read(ref value);

    public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref value);
}
