using System.Diagnostics;

namespace BackaBarnet.Live.TestSupport;

/// <summary>
/// The one way tests wait: poll a condition until it holds or a deadline passes, then fail
/// naming what was awaited. Polls often at first (most conditions hold within milliseconds)
/// and less often later, so a slow machine is not kept busier by the waiting itself.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan FirstInterval = TimeSpan.FromMilliseconds(10);
    private static readonly TimeSpan LongestInterval = TimeSpan.FromMilliseconds(250);

    /// <summary>Waits until <paramref name="condition"/> is true.</summary>
    /// <param name="what">What the test waits for, in words: it becomes the failure message.</param>
    /// <param name="hopeless">Says why waiting longer is pointless (a server process exited), or null to go on.</param>
    public static Task HoldsAsync(Func<bool> condition, TimeSpan timeout, string what, Func<string?>? hopeless = null) =>
        HoldsAsync(() => Task.FromResult(condition()), timeout, what, hopeless);

    /// <inheritdoc cref="HoldsAsync(Func{bool}, TimeSpan, string, Func{string?}?)"/>
    public static async Task HoldsAsync(Func<Task<bool>> condition, TimeSpan timeout, string what, Func<string?>? hopeless = null)
    {
        var result = await PollAsync(async () => await condition() ? new Found<bool>(true) : null, timeout, what, hopeless);
        _ = result.Value;
    }

    /// <summary>Waits until <paramref name="probe"/> returns something (not null), and returns it.</summary>
    public static Task<T> ReturnsAsync<T>(Func<T?> probe, TimeSpan timeout, string what) where T : class =>
        ReturnsAsync(() => Task.FromResult(probe()), timeout, what);

    /// <inheritdoc cref="ReturnsAsync{T}(Func{T}, TimeSpan, string)"/>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what) where T : class
    {
        var result = await PollAsync(async () => await probe() is { } found ? new Found<T>(found) : null, timeout, what, null);
        return result.Value;
    }

    /// <inheritdoc cref="ReturnsAsync{T}(Func{T}, TimeSpan, string)"/>
    public static async Task<T> ReturnsAsync<T>(Func<Task<T?>> probe, TimeSpan timeout, string what) where T : struct
    {
        var result = await PollAsync(async () => await probe() is { } found ? new Found<T>(found) : null, timeout, what, null);
        return result.Value;
    }

    private static async Task<Found<T>> PollAsync<T>(Func<Task<Found<T>?>> probe, TimeSpan timeout, string what, Func<string?>? hopeless)
    {
        var clock = Stopwatch.StartNew();
        var interval = FirstInterval;
        Exception? lastError = null;
        while (true)
        {
            try
            {
                if (await probe() is { } found)
                {
                    return found;
                }
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // A probe may throw while the system is still getting there (a 503 before a node is
                // ready); keep the last one so a timeout says what was in the way.
                lastError = error;
            }

            if (hopeless?.Invoke() is { } reason)
            {
                throw new InvalidOperationException($"Gave up waiting for {what}: {reason}", lastError);
            }

            if (clock.Elapsed >= timeout)
            {
                var cause = lastError is null ? "" : $" The last attempt failed with {lastError.GetType().Name}: {lastError.Message}";
                throw new TimeoutException($"Waited {timeout.TotalSeconds:0.###} s for {what}, and it did not happen.{cause}", lastError);
            }

            await Task.Delay(interval);
            interval = TimeSpan.FromTicks(Math.Min(interval.Ticks * 2, LongestInterval.Ticks));
        }
    }

    private sealed record Found<T>(T Value);
}
