namespace BackaBarnet.Live.Web.Workspace;

/// <summary>A person as the UI names them: name, title and unit (never shown as an id).</summary>
public sealed record PersonView(
    string Id, string Name, string Title, string? Unit, string Agency, string? AgencyKind, bool Practitioner, bool CanBeChildContact, IReadOnlyList<string> Roles);
