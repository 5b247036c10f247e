namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>
/// How long a grain keeps an observer without renewal, and how often web nodes renew. Renewal
/// is well inside the lifetime so one missed renewal does not drop anyone.
/// </summary>
public static class ObserverLease
{
    public static TimeSpan Lifetime { get; } = TimeSpan.FromMinutes(2);

    public static TimeSpan RenewEvery { get; } = TimeSpan.FromSeconds(20);
}
