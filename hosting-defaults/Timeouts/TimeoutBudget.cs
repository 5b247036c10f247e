namespace BackaBarnet.Live.HostingDefaults.Timeouts;

/// <summary>
/// The time limits of one request, from the inside out. Each layer gives up before the layer that
/// waits for it, so a caller told "failed" has not had a write land behind its back (storage gave
/// up first) and never waits longer than <see cref="Request"/>. README, "Timeouts", has the table.
/// </summary>
public static class TimeoutBudget
{
    /// <summary>
    /// One try of one Table service request (a grain state row is at most 960 KiB). Few and long
    /// rather than many and short: the SDK sends a try that ran out again while the service still
    /// works on the first, so under overload every timeout added load. With 2.5 s and two retries
    /// the fan-out benchmark's silo logged tens of thousands of canceled tries while Azurite sat at
    /// 92 % of a core, and the product did not recover within the run (issue 21).
    /// </summary>
    public static readonly TimeSpan StorageTry = TimeSpan.FromSeconds(4);

    /// <summary>Tries after the first, for transient failures (the Azure SDK's retry policy).</summary>
    public const int StorageRetries = 1;

    public static readonly TimeSpan StorageRetryDelay = TimeSpan.FromMilliseconds(250);

    public static readonly TimeSpan StorageRetryMaxDelay = TimeSpan.FromSeconds(1);

    /// <summary>The longest one storage operation can take: every try runs out and every pause is the longest.</summary>
    public static TimeSpan StorageOperation => (StorageTry * (StorageRetries + 1)) + (StorageRetryMaxDelay * StorageRetries);

    /// <summary>
    /// Orleans' response timeout, on silos and web nodes alike: room for two storage operations
    /// (an activation's read and the call's write), so storage, not the caller, gives up first.
    /// </summary>
    public static readonly TimeSpan GrainCall = TimeSpan.FromSeconds(20);

    /// <summary>Every API request and hub call: past it the caller gets 503 <c>request.timeout</c>.</summary>
    public static readonly TimeSpan Request = TimeSpan.FromSeconds(25);

    /// <summary>What a 503 tells the client to wait before trying again (storage usually returns within that).</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);
}
