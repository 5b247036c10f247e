using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Consents;

/// <summary>Which kind of agency a professional or a barnkontakt role belongs to, as consent names them.</summary>
public static class AgencyKinds
{
    /// <summary>The agency that holds the record while this barnkontakt role holds the child.</summary>
    public static AgencyKind Of(ChildContactRole role) => role switch
    {
        ChildContactRole.Midwife => AgencyKind.MaternityCare,
        ChildContactRole.ChildHealthNurse => AgencyKind.ChildHealth,
        _ => AgencyKind.SchoolOrPreschool,
    };

    /// <summary>
    /// The agency kind of a directory agency name (the kind's own name; "Preschool" and "School" from
    /// rows stored before the directory used the kinds' names), or null for a municipal function
    /// (audit, operations, evaluation) that no consent covers.
    /// </summary>
    public static AgencyKind? OfDirectoryAgency(string? agency) => agency switch
    {
        "Preschool" or "School" => AgencyKind.SchoolOrPreschool,
        _ when Enum.TryParse<AgencyKind>(agency, ignoreCase: false, out var kind) && Enum.IsDefined(kind) => kind,
        _ => null,
    };
}
