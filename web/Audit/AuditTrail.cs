using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Audit;

/// <summary>
/// Who read or changed which child's data, and how: appended to the audit table before the
/// answer goes out, and written to the structured log. Ids only, never a personnummer or free text.
/// </summary>
public sealed partial class AuditTrail(AuditTable log, TimeProvider time, ILogger<AuditTrail> logger)
{
    /// <param name="through">The relation or consent the access went through, or why it was refused.</param>
    public async Task ChildAccessedAsync(ClaimsPrincipal user, string action, Guid childId, string through)
    {
        var professionalId = user.ProfessionalId();
        LogAccess(professionalId, action, childId, through);
        await log.AppendAsync(new AuditEntry(time.GetUtcNow(), professionalId, user.FindFirstValue(AuthClaims.Agency), user.FindFirstValue(AuthClaims.Title), action, childId)
        {
            Through = through,
        });
    }

    /// <summary>A meeting's snapshot carries its children's information: one row per child on the agenda, with the view the caller had.</summary>
    public async Task SessionReadAsync(ClaimsPrincipal user, Guid sessionId, SessionSnapshot snapshot, string how)
    {
        foreach (var child in snapshot.Agenda)
        {
            var view = child.Restricted ? "participation view, no consent for their agency" : "full view";
            await ChildAccessedAsync(user, $"{how} team session {sessionId} about", child.ChildId, $"as meeting participant, {view}");
        }
    }

    /// <summary>A look-up by personnummer: the number itself is never recorded, only who looked and what was found.</summary>
    public async Task LookupAsync(ClaimsPrincipal user, Guid? foundChildId)
    {
        var professionalId = user.ProfessionalId();
        LogLookup(professionalId, foundChildId?.ToString() ?? "no child");
        await log.AppendAsync(new AuditEntry(
            time.GetUtcNow(), professionalId, user.FindFirstValue(AuthClaims.Agency), user.FindFirstValue(AuthClaims.Title), "looked up a personnummer", foundChildId));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} looked up a personnummer and found {Result}")]
    private partial void LogLookup(string professionalId, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {Action} child {ChildId} through {Through}")]
    private partial void LogAccess(string professionalId, string action, Guid childId, string through);
}
