namespace BackaBarnet.Live.Benchmarks;

public sealed class BenchState
{
    public byte[] Data { get; set; } = [];
}
