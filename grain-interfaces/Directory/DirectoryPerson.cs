namespace BackaBarnet.Live.GrainInterfaces.Directory;

/// <summary>
/// One professional as the directory holds them: the one source for name, title, agency, unit
/// and roles (never a token claim or a request). <see cref="Id"/> is the provider's subject,
/// usually an HSA-id. Persisted: never reorder the positional parameters.
/// </summary>
[GenerateSerializer, Alias("bb.DirectoryPerson")]
public sealed record DirectoryPerson(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Title,
    [property: Id(3)] string Agency,
    [property: Id(4)] string? Unit,
    [property: Id(5)] IReadOnlyList<string> Roles,
    [property: Id(6)] string? Email,
    [property: Id(7)] string? Phone,
    [property: Id(8)] bool Active = true)
{
    /// <summary>Same person, same data: records with lists compare by reference, this compares the roles' contents.</summary>
    public bool SameAs(DirectoryPerson other) =>
        Id == other.Id && Name == other.Name && Title == other.Title && Agency == other.Agency && Unit == other.Unit
        && Email == other.Email && Phone == other.Phone && Active == other.Active
        && Roles.Order(StringComparer.Ordinal).SequenceEqual(other.Roles.Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
