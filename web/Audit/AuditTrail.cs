using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.HostingDefaults.Audit;
using BackaBarnet.Live.Web.Auth;

namespace BackaBarnet.Live.Web.Audit;

/// <summary>
/// Who read or changed which child's data, and how: appended to the audit table before the
/// answer goes out, and written to the structured log. Ids only, never a personnummer or free text.
/// Every entry carries the caller's care unit from the directory and whether the access was
/// allowed or refused (HSLF-FS 2016:40 asks for both).
/// </summary>
public sealed partial class AuditTrail(AuditTable log, TimeProvider time, ILogger<AuditTrail> logger)
{
    /// <param name="through">The relation or consent the access went through, or why it was refused.</param>
    /// <param name="outcome">One of <see cref="AuditOutcomes"/>; when not given, an action worded as a refusal ("was refused …") is one.</param>
    public async Task ChildAccessedAsync(ClaimsPrincipal user, string action, Guid childId, string through, string? outcome = null)
    {
        var decided = outcome ?? (IsWordedAsRefusal(action) ? AuditOutcomes.Refused : AuditOutcomes.Allowed);
        LogAccess(user.ProfessionalId(), action, childId, through, decided);
        await log.AppendAsync(Entry(user, action, childId, through, decided));
    }

    /// <summary>A child registered by the caller just now: the first entry of the child's own chain.</summary>
    public Task ChildRegisteredAsync(ClaimsPrincipal user, Guid childId)
    {
        log.ExpectNewChild(childId);
        return ChildAccessedAsync(user, "registered", childId, "as registering professional");
    }

    /// <summary>A list of one's own (caseload, concerns, actions, meetings, inbox): one entry per child it shows.</summary>
    public async Task ListedAsync(ClaimsPrincipal user, string action, IEnumerable<Guid> childIds, string through)
    {
        foreach (var childId in childIds.Distinct())
        {
            await ChildAccessedAsync(user, action, childId, through);
        }
    }

    /// <summary>An access that names no child: a refused meeting (whose agenda the caller may not learn), a statistics query, an auditor's read of a log.</summary>
    public async Task AccessedAsync(ClaimsPrincipal user, string action, string through, string outcome = AuditOutcomes.Allowed)
    {
        LogAccessWithoutChild(user.ProfessionalId(), action, through, outcome);
        await log.AppendAsync(Entry(user, action, null, through, outcome));
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
    public async Task LookupAsync(ClaimsPrincipal user, Guid? foundChildId, string how = "looked up a personnummer")
    {
        var professionalId = user.ProfessionalId();
        LogLookup(professionalId, how, foundChildId?.ToString() ?? "no child");
        await log.AppendAsync(Entry(user, how, foundChildId, null, AuditOutcomes.Allowed));
    }

    private static bool IsWordedAsRefusal(string action) =>
        action.StartsWith("was refused", StringComparison.Ordinal) || action.Contains("(refused", StringComparison.Ordinal);

    private AuditEntry Entry(ClaimsPrincipal user, string action, Guid? childId, string? through, string outcome) =>
        new(time.GetUtcNow(), user.ProfessionalId(), user.FindFirstValue(AuthClaims.Agency), user.FindFirstValue(AuthClaims.Title), action, childId)
        {
            Through = through,
            CareUnit = user.FindFirstValue(AuthClaims.Unit),
            Outcome = outcome,
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {How} and found {Result}")]
    private partial void LogLookup(string professionalId, string how, string result);

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {Action} child {ChildId} through {Through} ({Outcome})")]
    private partial void LogAccess(string professionalId, string action, Guid childId, string through, string outcome);

    [LoggerMessage(Level = LogLevel.Information, Message = "audit: {ProfessionalId} {Action} through {Through} ({Outcome})")]
    private partial void LogAccessWithoutChild(string professionalId, string action, string through, string outcome);
}
