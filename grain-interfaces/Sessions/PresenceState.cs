namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>Whether an invited participant is in the meeting now. Persisted: never renumber.</summary>
public enum PresenceState
{
    NotJoined = 0,
    Present = 1,

    /// <summary>Their last connection dropped moments ago; they are expected back.</summary>
    Reconnecting = 2,

    Left = 3,
}
