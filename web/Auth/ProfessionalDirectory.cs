using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// The professionals this deployment knows. Seeded with demo people for local use and tests;
/// a production deployment fills it from the organisation's directory.
/// </summary>
public sealed class ProfessionalDirectory(IEnumerable<Professional> professionals)
{
    private readonly Dictionary<string, Professional> byId = professionals.ToDictionary(p => p.Id);

    public static ProfessionalDirectory Demo { get; } = new(
    [
        new("lena-barnmorska", "Lena Berg", "MaternityCare", "Barnmorska", ChildContactRole.Midwife) { Unit = "Barnmorskemottagningen Backa" },
        new("anna-bvc", "Anna Lindqvist", "ChildHealth", "BVC-sjuksköterska", ChildContactRole.ChildHealthNurse) { Unit = "BVC Backa" },
        new("maria-forskola", "Maria Holm", "Preschool", "Förskolerektor", ChildContactRole.PreschoolPrincipal) { Unit = "Backa förskoleområde" },
        new("erik-rektor", "Erik Sandberg", "School", "Grundskolerektor", ChildContactRole.SchoolPrincipal) { Unit = "Backaskolan" },
        new("sara-soc", "Sara Nyström", "SocialServices", "Socialsekreterare") { Unit = "Socialtjänsten Backa" },
        new("johan-polis", "Johan Ek", "Police", "Polis") { Unit = "Lokalpolisområde Backa" },
        new("karin-revisor", "Karin Ström", "Municipality", "Loggkontrollant") { Roles = [AuthRoles.Auditor] },
        new("olle-drift", "Olle Dahl", "Municipality", "Driftansvarig") { Roles = [AuthRoles.Ops] },
        new("eva-utvardering", "Eva Forsberg", "Municipality", "Utvärderare") { Roles = [AuthRoles.Evaluator] },
    ]);

    public IReadOnlyCollection<Professional> All => byId.Values;

    /// <summary>The units children can belong to: those of the professionals who can be a barnkontakt.</summary>
    public IReadOnlyList<string> ChildUnits => [.. byId.Values.Where(p => p.ContactRole is not null && p.Unit is not null).Select(p => p.Unit!).Distinct().Order(StringComparer.Ordinal)];

    public Professional? Find(string? id) => id is not null && byId.TryGetValue(id, out var found) ? found : null;

    /// <summary>The barnkontakt role this professional can hold, or a refusal naming the field.</summary>
    public ChildContactRole ContactRoleOf(string field, string? id)
    {
        var professional = Find(id) ?? throw new DomainRuleException(field, $"'{id}' is not a known professional.", ErrorCodes.FieldUnknownProfessional);
        return professional.ContactRole ?? throw new DomainRuleException(
            field, $"{professional.Title} cannot be a barnkontakt; a barnkontakt is a midwife, BVC nurse, preschool principal or school principal.", ErrorCodes.FieldNotAChildContact);
    }
}
