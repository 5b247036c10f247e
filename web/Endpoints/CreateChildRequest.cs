using BackaBarnet.Live.GrainInterfaces.Children;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Body of <c>POST /api/children</c>. Members are nullable so a missing one gets our own
/// field-named error. The personnummer travels only in bodies, never in a URL.
/// </summary>
public sealed record CreateChildRequest(
    string? DisplayName, string? ChildContactId, string? Personnummer = null, Guardian[]? Guardians = null, ChildGender? Gender = null);
