namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// The child's gender as the guardians or the child state it, for the jämställdhetsanalys the
/// pilot is asked for. Optional: Unknown (ej angivet) is the default, and is what records made
/// before this field existed read as. Persisted: never renumber.
/// </summary>
public enum ChildGender
{
    /// <summary>Ej angivet.</summary>
    Unknown = 0,

    /// <summary>Flicka.</summary>
    Girl = 1,

    /// <summary>Pojke.</summary>
    Boy = 2,

    /// <summary>Annat (the child or the family describes it otherwise).</summary>
    Other = 3,
}
