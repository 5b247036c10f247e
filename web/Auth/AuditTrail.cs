namespace BackaBarnet.Live.Web.Auth;

/// <summary>
/// Who read or changed which child's data, and how. Written to the structured log under its
/// own category so it can be routed to tamper-evident storage; carries ids only, never a
/// personnummer or free text.
/// </summary>
public sealed partial class AuditTrail(ILogger<AuditTrail> logger)
{
    public void ChildAccessed(string professionalId, string action, Guid childId) => LogAccess(professionalId, action, childId);

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {Action} child {ChildId}")]
    private partial void LogAccess(string professionalId, string action, Guid childId);
}
