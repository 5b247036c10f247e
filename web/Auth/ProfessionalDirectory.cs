using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Directory;
using BackaBarnet.Live.GrainInterfaces.Domain;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// This web node's copy of the directory grain (<see cref="DirectorySync"/> keeps it current), so
/// every request can ask who someone is without a grain call. Deactivated people stay in it (their
/// names still show in a child's history) but <see cref="Find"/> no longer finds them.
/// </summary>
public sealed class ProfessionalDirectory(IEnumerable<Professional> extra)
{
    private readonly IReadOnlyList<Professional> extra = [.. extra];
    private volatile Contents contents = new(-1, extra.ToDictionary(p => p.Id));

    /// <summary>The version of the directory grain this copy holds; -1 before the first load.</summary>
    public long Version => contents.Version;

    /// <summary>Active people.</summary>
    public IReadOnlyCollection<Professional> All => [.. contents.ById.Values.Where(p => p.Active)];

    /// <summary>Everyone, deactivated people too (for names in history and for the directory administrators).</summary>
    public IReadOnlyCollection<Professional> Everyone => [.. contents.ById.Values];

    /// <summary>The units children can belong to: those of the professionals who can be a barnkontakt.</summary>
    public IReadOnlyList<string> ChildUnits => [.. All.Where(p => p.ContactRole is not null && p.Unit is not null).Select(p => p.Unit!).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>An active professional, or null (unknown or deactivated).</summary>
    public Professional? Find(string? id) => FindAny(id) is { Active: true } found ? found : null;

    public Professional? FindAny(string? id) => id is not null && contents.ById.TryGetValue(id, out var found) ? found : null;

    /// <summary>Takes a newer snapshot; returns the ids that were active and no longer are.</summary>
    public IReadOnlyList<string> Replace(DirectorySnapshot snapshot)
    {
        lock (extra)
        {
            return ReplaceLocked(snapshot);
        }
    }

    private IReadOnlyList<string> ReplaceLocked(DirectorySnapshot snapshot)
    {
        // Under a lock: a reload after an admin's change and the background poll may race, and an older snapshot must never win.
        var before = contents;
        if (snapshot.Version <= before.Version)
        {
            return [];
        }

        var byId = extra.ToDictionary(p => p.Id);
        foreach (var person in snapshot.People)
        {
            byId[person.Id] = Professional.From(person);
        }

        contents = new Contents(snapshot.Version, byId);
        return [.. before.ById.Values.Where(p => p.Active && !(byId.TryGetValue(p.Id, out var now) && now.Active)).Select(p => p.Id)];
    }

    /// <summary>The barnkontakt role this professional can hold, or a refusal naming the field.</summary>
    public ChildContactRole ContactRoleOf(string field, string? id)
    {
        var professional = Find(id) ?? throw new DomainRuleException(field, $"'{id}' is not a known professional.", ErrorCodes.FieldUnknownProfessional);
        return professional is { Practitioner: true, ContactRole: { } role } ? role : throw new DomainRuleException(
            field, $"{professional.Title} cannot be a barnkontakt; a barnkontakt is a midwife, BVC nurse, preschool principal or school principal.", ErrorCodes.FieldNotAChildContact);
    }

    private sealed record Contents(long Version, IReadOnlyDictionary<string, Professional> ById);
}
