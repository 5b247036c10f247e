namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Who read or changed which child's data, and how. Written to the structured log under its
/// own category so it can be routed to tamper-evident storage; carries ids only, never a
/// personnummer or free text.
/// </summary>
public sealed partial class AuditTrail(ILogger<AuditTrail> logger)
{
    public void ChildAccessed(string professionalId, string action, Guid childId) => LogAccess(professionalId, action, childId);

    /// <summary>A look-up by personnummer: the number itself is never logged, only who looked and what was found.</summary>
    public void Lookup(string professionalId, Guid? foundChildId) => LogLookup(professionalId, foundChildId?.ToString() ?? "no child");

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} looked up a personnummer and found {Result}")]
    private partial void LogLookup(string professionalId, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {Action} child {ChildId}")]
    private partial void LogAccess(string professionalId, string action, Guid childId);
}
