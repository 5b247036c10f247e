using BackaBarnet.Live.GrainInterfaces.Concerns;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>
/// Body of <c>POST /api/concerns</c>: a concern about a child known only by personnummer, which
/// travels in the body so it never lands in a URL or an access log.
/// </summary>
public sealed record RaiseConcernByPersonnummerRequest(
    string? Personnummer,
    string? Text,
    string[]? Areas,
    ConcernSource Source = ConcernSource.Observed,
    bool ChildMayBeAtRisk = false,
    string? OnBehalfOfGuardian = null)
{
    public RaiseConcernRequest Concern => new(Text, Areas, Source, ChildMayBeAtRisk, OnBehalfOfGuardian);
}
