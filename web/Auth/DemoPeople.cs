using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Made-up people for local use and tests: seed data the web node loads into an empty directory
/// in the Development environment only. Their ids stay short so tests and demos read easily;
/// real people carry HSA-ids.
/// </summary>
public static class DemoPeople
{
    public static IReadOnlyList<DirectoryPerson> All { get; } =
    [
        Person("lena-barnmorska", "Lena Berg", "Barnmorska", "MaternityCare", "Barnmorskemottagningen Backa", DirectoryRoles.Midwife),
        Person("anna-bvc", "Anna Lindqvist", "BVC-sjuksköterska", "ChildHealth", "BVC Backa", DirectoryRoles.ChildHealthNurse),
        Person("maria-forskola", "Maria Holm", "Förskolerektor", "SchoolOrPreschool", "Backa förskoleområde", DirectoryRoles.PreschoolPrincipal),
        Person("erik-rektor", "Erik Sandberg", "Grundskolerektor", "SchoolOrPreschool", "Backaskolan", DirectoryRoles.SchoolPrincipal),
        Person("sara-soc", "Sara Nyström", "Socialsekreterare", "SocialServices", "Socialtjänsten Backa", DirectoryRoles.Practitioner, DirectoryRoles.Intake),
        Person("johan-polis", "Johan Ek", "Polis", "Police", "Lokalpolisområde Backa", DirectoryRoles.Practitioner),
        Person("karin-revisor", "Karin Ström", "Loggkontrollant", "Municipality", null, DirectoryRoles.Auditor),
        Person("olle-drift", "Olle Dahl", "Driftansvarig", "Municipality", null, DirectoryRoles.Ops),
        Person("eva-utvardering", "Eva Forsberg", "Utvärderare", "Municipality", null, DirectoryRoles.Evaluator),
        Person("lars-katalog", "Lars Viklund", "Katalogadministratör", "Municipality", null, DirectoryRoles.DirectoryAdmin),
        Person("gunilla-chef", "Gunilla Åberg", "Enhetschef", "SchoolOrPreschool", "Backaskolan", DirectoryRoles.UnitManager),
        // The test OpenID Provider's users (tests/oidc/provider.mjs, `./run --oidc`): HSA-ids as real people have.
        Person("SE2321000016-1001", "Olivia Olsson", "Kurator", "SchoolOrPreschool", "Backaskolan", DirectoryRoles.Practitioner),
        Person("SE2321000016-1002", "Pelle Persson", "BVC-sjuksköterska", "ChildHealth", "BVC Backa", DirectoryRoles.ChildHealthNurse),
    ];

    private static DirectoryPerson Person(string id, string name, string title, string agency, string? unit, params string[] roles) =>
        new(id, name, title, agency, unit, roles, $"{id}@backa.example", "031-00 00 00");
}
