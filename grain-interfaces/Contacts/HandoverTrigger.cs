namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>Why a handover was proposed. Persisted: never renumber.</summary>
public enum HandoverTrigger
{
    /// <summary>The current barnkontakt proposes the next one.</summary>
    ProposedByContact = 0,

    /// <summary>The child starts preschool or school at a unit whose principal is known.</summary>
    Enrolment = 1,
}
