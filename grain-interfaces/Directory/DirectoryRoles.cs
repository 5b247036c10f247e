using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// The roles the directory gives people. Practitioner roles (by life phase, or by agency) are the
/// only ones that work with children; the others are municipal functions that reach no child.
/// Persisted as these strings: never rename one.
/// </summary>
public static class DirectoryRoles
{
    public const string Midwife = "midwife";
    public const string ChildHealthNurse = "child-health-nurse";
    public const string PreschoolPrincipal = "preschool-principal";
    public const string SchoolPrincipal = "school-principal";

    /// <summary>Works with children in their agency (socialsekreterare, kurator, BUP, police…) without being a barnkontakt.</summary>
    public const string Practitioner = "practitioner";

    /// <summary>Mottagning: receives concerns and reports in social services.</summary>
    public const string Intake = "intake";

    public const string UnitManager = "unit-manager";
    public const string UnitManagerStandIn = "unit-manager-stand-in";
    public const string Auditor = "auditor";
    public const string Evaluator = "evaluator";
    public const string Ops = "ops";
    public const string DirectoryAdmin = "directory-admin";

    public static IReadOnlyList<string> All { get; } =
    [
        Midwife, ChildHealthNurse, PreschoolPrincipal, SchoolPrincipal, Practitioner, Intake,
        UnitManager, UnitManagerStandIn, Auditor, Evaluator, Ops, DirectoryAdmin,
    ];

    private static readonly string[] PractitionerRoles = [Midwife, ChildHealthNurse, PreschoolPrincipal, SchoolPrincipal, Practitioner, Intake];

    /// <summary>The agency of the municipality's own functions (audit, operations, evaluation, the directory), which no consent covers.</summary>
    public const string MunicipalityAgency = "Municipality";

    /// <summary>
    /// The agencies a directory row may name: exactly the <see cref="AgencyKind"/> names that consents
    /// and plan actions take (one vocabulary), plus the municipality's own functions.
    /// </summary>
    public static IReadOnlyList<string> Agencies { get; } = [.. Enum.GetNames<AgencyKind>(), MunicipalityAgency];

    /// <summary>
    /// Words older directories and CSV exports used, read as the agency kind they meant: the
    /// directory once told preschool and school apart where consent and the plan never did.
    /// </summary>
    public static IReadOnlyDictionary<string, string> AgencyAliases { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["Preschool"] = nameof(AgencyKind.SchoolOrPreschool),
        ["School"] = nameof(AgencyKind.SchoolOrPreschool),
    };

    /// <summary>The barnkontakt role a person can hold, by their life-phase role; null for everyone else.</summary>
    public static ChildContactRole? ContactRoleOf(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return held.Contains(Midwife) ? ChildContactRole.Midwife
            : held.Contains(ChildHealthNurse) ? ChildContactRole.ChildHealthNurse
            : held.Contains(PreschoolPrincipal) ? ChildContactRole.PreschoolPrincipal
            : held.Contains(SchoolPrincipal) ? ChildContactRole.SchoolPrincipal
            : null;
    }

    /// <summary>
    /// Only practitioners can be barnkontakt, invitee, assignee or stödsamordnare: a practitioner
    /// role in an agency that consent can name, and no role that must reach no child (audit, evaluation).
    /// </summary>
    public static bool IsPractitioner(DirectoryPerson person) =>
        person.Active
        && person.Roles.Any(PractitionerRoles.Contains)
        && !person.Roles.Contains(Auditor) && !person.Roles.Contains(Evaluator)
        && AgencyKinds.OfDirectoryAgency(person.Agency) is not null;
}
