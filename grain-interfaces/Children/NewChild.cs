using BackaBarnet.Live.GrainInterfaces.Contacts;

namespace BackaBarnet.Live.GrainInterfaces.Children;

/// <summary>
/// What it takes to register a child: a display name and the current barnkontakt with their
/// life-phase role; the personnummer (not yet known before birth) and the guardians if known.
/// </summary>
[GenerateSerializer, Alias("bb.NewChild")]
public sealed record NewChild(
    string DisplayName,
    string ChildContactId,
    string RegisteredBy,
    ChildContactRole ContactRole = ChildContactRole.ChildHealthNurse,
    string? Personnummer = null,
    IReadOnlyList<Guardian>? Guardians = null);
