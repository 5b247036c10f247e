namespace BackaBarnet.Live.Web.Tests.Access;

/// <summary>
/// One endpoint, called with a body built from the world, and the exact status and number of
/// audit rows expected for each signed-in caller (callers without a valid token always get 401
/// and leave no row).
/// </summary>
internal sealed record EndpointCase(
    string Method,
    string Route,
    Func<AccessWorld, string> Path,
    Func<AccessWorld, object?> Body,
    (int NoRelation, int WithoutConsent, int WithConsent) Status,
    (int NoRelation, int WithoutConsent, int WithConsent) AuditRows)
{
    /// <summary>How the route table names the methods, when the route takes any ("*").</summary>
    public string? RouteMethods { get; init; }

    /// <summary>
    /// The caller's own lists read every child they have a role for, one audit row each, and the
    /// callers of the shared test system collect children across tests: at least this many rows.
    /// </summary>
    public bool AtLeastAuditRows { get; init; }

    public int StatusFor(Caller caller) => caller switch
    {
        Caller.NoRelation => Status.NoRelation,
        Caller.OtherAgencyWithoutConsent => Status.WithoutConsent,
        Caller.OtherAgencyWithConsent => Status.WithConsent,
        _ => 401,
    };

    public int AuditRowsFor(Caller caller) => caller switch
    {
        Caller.NoRelation => AuditRows.NoRelation,
        Caller.OtherAgencyWithoutConsent => AuditRows.WithoutConsent,
        Caller.OtherAgencyWithConsent => AuditRows.WithConsent,
        _ => 0,
    };

    public override string ToString() => $"{RouteMethods ?? Method} {Route}";
}
