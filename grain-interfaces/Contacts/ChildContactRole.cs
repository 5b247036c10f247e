namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>The barnkontakt's life-phase role, in the order the role moves. Persisted: never renumber.</summary>
public enum ChildContactRole
{
    Midwife = 0,
    ChildHealthNurse = 1,
    PreschoolPrincipal = 2,
    SchoolPrincipal = 3,
}
