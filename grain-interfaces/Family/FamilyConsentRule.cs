namespace BackaBarnet.Live.GrainInterfaces.Family;

/// <summary>How many guardians must say yes before an agency may see the child's information.</summary>
public enum FamilyConsentRule
{
    /// <summary>Every guardian on the record (joint custody decides together, FB 6:13).</summary>
    AllGuardians = 0,

    /// <summary>Any one guardian.</summary>
    AnyGuardian = 1,
}
