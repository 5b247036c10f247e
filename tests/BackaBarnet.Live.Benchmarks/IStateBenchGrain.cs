namespace BackaBarnet.Live.Benchmarks;

/// <summary>A grain with one byte[] state in the product's storage provider; it times the provider calls itself.</summary>
[Alias("bb.bench.IStateBenchGrain")]
public interface IStateBenchGrain : IGrainWithStringKey
{
    /// <summary>Stores <paramref name="data"/>; returns how long <c>WriteStateAsync</c> took.</summary>
    [Alias("Write")]
    Task<TimeSpan> WriteAsync(byte[] data);

    /// <summary>The stored state's size; the first call activates the grain, which reads its row.</summary>
    [Alias("Size")]
    Task<int> GetSizeAsync();

    /// <summary>Reads the state again; returns how long <c>ReadStateAsync</c> took.</summary>
    [Alias("Reread")]
    Task<TimeSpan> RereadAsync();
}
