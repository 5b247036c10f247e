using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Directory;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// A professional as the directory holds them, as the API shows them. Agency is the agency kind;
/// <see cref="ContactRole"/> is set for those who can be a child's barnkontakt (from their life-phase role).
/// </summary>
public sealed record Professional(string Id, string Name, string Agency, string Title, ChildContactRole? ContactRole = null)
{
    /// <summary>Every role the directory gives them (see <see cref="DirectoryRoles"/>).</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The organisational unit they work in; a child belongs to its barnkontakt's unit in the pilot statistics.</summary>
    public string? Unit { get; init; }

    public string? Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>False once deactivated: they can no longer sign in, and their children need a new barnkontakt.</summary>
    public bool Active { get; init; } = true;

    /// <summary>Works with children: only practitioners can be barnkontakt, invitee, assignee or stödsamordnare.</summary>
    public bool Practitioner { get; init; }

    public static Professional From(DirectoryPerson person) =>
        // A row stored before the directory used the agency kinds' names reads as the kind it meant.
        new(person.Id, person.Name, DirectoryRoles.AgencyAliases.GetValueOrDefault(person.Agency) ?? person.Agency, person.Title, DirectoryRoles.ContactRoleOf(person.Roles))
        {
            Roles = person.Roles,
            Unit = person.Unit,
            Email = person.Email,
            Phone = person.Phone,
            Active = person.Active,
            Practitioner = DirectoryRoles.IsPractitioner(person),
        };
}
