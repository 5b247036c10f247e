using BackaBarnet.Live.GrainInterfaces.Contacts;

namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// A professional as the identity provider knows them. Agency is the agency kind;
/// <paramref name="ContactRole"/> is set for those who can be a child's barnkontakt.
/// </summary>
public sealed record Professional(string Id, string Name, string Agency, string Title, ChildContactRole? ContactRole = null)
{
    /// <summary>System roles beyond working with children, such as <see cref="AuthRoles.Auditor"/>.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>The organisational unit they work in; a child belongs to its barnkontakt's unit in the pilot statistics.</summary>
    public string? Unit { get; init; }
}
