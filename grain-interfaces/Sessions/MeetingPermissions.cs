namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>
/// Who may change what in a barnteam meeting, decided once. The meeting's grain enforces exactly
/// these rules, each viewer's snapshot lists what they may do (<see cref="AgendaChildView.Allowed"/>),
/// and README and docs/realtime-api.md describe the same table. All edits need the meeting to be Open.
/// </summary>
public static class MeetingPermissions
{
    /// <summary>Every invited professional rates the child for themselves (hidden until the reveal).</summary>
    public const string Rate = "Rate";

    /// <summary>The convener reveals everyone's ratings (and must see the child to do so).</summary>
    public const string Reveal = "Reveal";

    /// <summary>Everyone who sees the child (guardians' consent covers their agency) sets the group's consensus.</summary>
    public const string SetConsensus = "SetConsensus";

    /// <summary>Everyone who sees the child adds, edits and removes any action.</summary>
    public const string EditAnyAction = "EditAnyAction";

    /// <summary>A participant without consent adds, edits and removes only actions assigned to themselves.</summary>
    public const string EditOwnActions = "EditOwnActions";

    /// <summary>Everyone who sees the child saves goals, stödsamordnare, follow-up date and minutes.</summary>
    public const string SaveDetails = "SaveDetails";

    /// <summary>The convener opens and closes the meeting (REST).</summary>
    public const string OpenAndClose = "OpenAndClose";

    public static bool Can(string permission, bool isConvener, bool seesChild) => permission switch
    {
        Rate => true,
        Reveal => isConvener && seesChild,
        SetConsensus or EditAnyAction or SaveDetails => seesChild,
        EditOwnActions => true,
        OpenAndClose => isConvener,
        _ => false,
    };

    public static IReadOnlyList<string> AllowedFor(bool isConvener, bool seesChild) =>
        new[] { Rate, Reveal, SetConsensus, EditAnyAction, EditOwnActions, SaveDetails, OpenAndClose }
            .Where(p => Can(p, isConvener, seesChild))
            .ToArray();
}
