namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// Where a concern is: Open → Acknowledged (by the barnkontakt) → Handled or ReferredToTeam.
/// Persisted as numbers: never renumber.
/// </summary>
public enum ConcernStatus
{
    Open = 0,
    Acknowledged = 1,
    Handled = 2,
    ReferredToTeam = 3,
}
