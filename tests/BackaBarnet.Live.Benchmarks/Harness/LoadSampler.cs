namespace BackaBarnet.Live.Benchmarks.Harness;

/// <summary>Samples the machine's load average while a benchmark runs: other work on a shared machine shows up in the figures.</summary>
public sealed class LoadSampler : IAsyncDisposable
{
    private readonly List<double> samples = [Machine.LoadAverage()];
    private readonly CancellationTokenSource stop = new();
    private readonly Task sampling;

    public LoadSampler() => sampling = SampleAsync();

    public double Mean
    {
        get
        {
            lock (samples)
            {
                return samples.Average();
            }
        }
    }

    public double Max
    {
        get
        {
            lock (samples)
            {
                return samples.Max();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await sampling;
        stop.Dispose();
    }

    private async Task SampleAsync()
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(5));
        try
        {
            while (await timer.WaitForNextTickAsync(stop.Token))
            {
                lock (samples)
                {
                    samples.Add(Machine.LoadAverage());
                }
            }
        }
        catch (OperationCanceledException)
        {
            // Stopped by DisposeAsync: the samples so far are the result.
        }
    }
}
