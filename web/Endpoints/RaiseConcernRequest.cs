using BackaBarnet.Live.GrainInterfaces.Concerns;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Body of <c>POST /api/children/{id}/concerns</c>. Areas arrive as names so an unknown one is
/// reported by name rather than as a JSON binding failure.
/// </summary>
public sealed record RaiseConcernRequest(
    string? Text,
    string[]? Areas,
    ConcernSource Source = ConcernSource.Observed,
    bool ChildMayBeAtRisk = false,
    string? OnBehalfOfGuardian = null);
