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
        new("lena-barnmorska", "Lena Berg", "MaternityCare", "Barnmorska"),
        new("anna-bvc", "Anna Lindqvist", "ChildHealth", "BVC-sjuksköterska"),
        new("maria-forskola", "Maria Holm", "Preschool", "Förskolerektor"),
        new("erik-rektor", "Erik Sandberg", "School", "Grundskolerektor"),
        new("sara-soc", "Sara Nyström", "SocialServices", "Socialsekreterare"),
        new("johan-polis", "Johan Ek", "Police", "Polis"),
    ]);

    public IReadOnlyCollection<Professional> All => byId.Values;

    public Professional? Find(string? id) => id is not null && byId.TryGetValue(id, out var found) ? found : null;
}
