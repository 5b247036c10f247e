namespace BackaBarnet.Live.Benchmarks.Harness;

public static class Atomic
{
    /// <summary>Raises <paramref name="target"/> to <paramref name="value"/> if it is lower, safely against other threads.</summary>
    public static void Max(ref long target, long value)
    {
        long current;
        while (value > (current = Interlocked.Read(ref target)) && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
