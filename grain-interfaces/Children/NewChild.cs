using BackaBarnet.Live.GrainInterfaces.Contacts;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// What it takes to register a child: a display name and the current barnkontakt with their
/// life-phase role; the personnummer (not yet known before birth) and the guardians if known.
/// <paramref name="ContactUnit"/> is the barnkontakt's unit (from the directory), kept so the pilot
/// statistics can say which unit a child belonged to when something happened.
/// </summary>
[GenerateSerializer, Alias("bb.NewChild")]
public sealed record NewChild(
    string DisplayName,
    string ChildContactId,
    string RegisteredBy,
    ChildContactRole ContactRole = ChildContactRole.ChildHealthNurse,
    string? Personnummer = null,
    IReadOnlyList<Guardian>? Guardians = null,
    ChildGender Gender = ChildGender.Unknown,
    string? ContactUnit = null);
