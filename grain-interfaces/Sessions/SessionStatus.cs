namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>Scheduled → Open → Closed. Closing is the short step while the outcome is committed to each child. Persisted: never renumber.</summary>
public enum SessionStatus
{
    Scheduled = 0,
    Open = 1,
    Closing = 2,
    Closed = 3,
    /// <summary>Called off by the convener before it was opened.</summary>
    Cancelled = 4,
}
