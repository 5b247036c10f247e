namespace BackaBarnet.Live.GrainInterfaces.Contacts;

/// <summary>
/// The Backa barnet life phases: barnmorska → BVC-sjuksköterska → förskolerektor →
/// grundskolerektor. A handover goes to the next phase, or stays in the same phase for a change
/// of preschool or school; and the receiving role has to fit the child's age.
/// </summary>
public static class LifePhases
{
    public static bool IsNextOrSamePhase(ChildContactRole from, ChildContactRole to) =>
        to == from + 1 || (to == from && to is ChildContactRole.PreschoolPrincipal or ChildContactRole.SchoolPrincipal);

    /// <summary>Ages (in full years) at which a role can be the barnkontakt; null age means unknown (not checked).</summary>
    public static bool FitsAge(ChildContactRole role, int? age) => age is not { } years || role switch
    {
        ChildContactRole.Midwife => years == 0,
        ChildContactRole.ChildHealthNurse => years <= 6,
        ChildContactRole.PreschoolPrincipal => years is >= 1 and <= 6,
        ChildContactRole.SchoolPrincipal => years is >= 5 and <= 19,
        _ => false,
    };
}
