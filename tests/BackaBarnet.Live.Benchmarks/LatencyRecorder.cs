using HdrHistogram;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>Latencies in microseconds in an HDR histogram, recorded from many callers at once.</summary>
public sealed class LatencyRecorder
{
    private readonly LongHistogram histogram = new(TimeSpan.FromMinutes(1).Ticks / 10, 3);
    private readonly Lock gate = new();

    public long Count
    {
        get
        {
            lock (gate)
            {
                return histogram.TotalCount;
            }
        }
    }

    public void Record(TimeSpan latency)
    {
        lock (gate)
        {
            histogram.RecordValue(Math.Max(1, (long)latency.TotalMicroseconds));
        }
    }

    /// <summary>Adds everything <paramref name="other"/> recorded (runs of one side, interleaved with the other's).</summary>
    public void Add(LatencyRecorder other)
    {
        lock (gate)
        {
            lock (other.gate)
            {
                histogram.Add(other.histogram);
            }
        }
    }

    public double MeanMs
    {
        get
        {
            lock (gate)
            {
                return histogram.GetMean() / 1000.0;
            }
        }
    }

    public double PercentileMs(double percentile)
    {
        lock (gate)
        {
            return histogram.GetValueAtPercentile(percentile) / 1000.0;
        }
    }
}
