using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Family;

/// <summary>What a signed-in guardian or child may read: their children, their meetings, and "Barnets plan".</summary>
public static class FamilyEndpoints
{
    public sealed record FamilyMeeting(Guid SessionId, SessionKind Kind, SessionStatus Status, DateTimeOffset ScheduledAt);

    public sealed record FamilyChild(Guid ChildId, string DisplayName, FamilyRelation Relation, int GuardianNumber, IReadOnlyList<FamilyMeeting> Meetings);

    public sealed record FamilyMe(string ParticipantId, IReadOnlyList<FamilyChild> Children);

    public sealed record GuardianIdentityRequest(string? Personnummer);

    public static void MapFamilyEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/family").RequireAuthorization(FamilyPolicy.Name).WithTags("Family");
        group.MapGet("/me", MeAsync).WithName("FamilyMe");
        group.MapGet("/meetings/{sessionId:guid}", (Guid sessionId, Guid childId, ClaimsPrincipal user, FamilyAccess access) =>
            access.ViewAsync(user, sessionId, childId, "read (family view)")).WithName("FamilyMeeting");
        group.MapGet("/meetings/{sessionId:guid}/plan", PlanPageAsync).WithName("FamilyPlanPage");
        group.MapGet("/meetings/{sessionId:guid}/plan.pdf", PlanPdfAsync).WithName("FamilyPlanPdf");

        // The barnkontakt links a guardian's e-identification: a professional's endpoint, in the child's group of routes.
        routes.MapPost("/api/children/{childId:guid}/guardians/{guardianNumber:int}/identity", LinkGuardianAsync)
            .RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Children").WithName("LinkGuardianIdentity");
    }

    private static async Task<Ok<FamilyMe>> MeAsync(ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var children = new List<FamilyChild>();
        foreach (var link in user.FamilyLinks())
        {
            var child = orleans.GetGrain<IChildGrain>(link.ChildId);
            var snapshot = await child.GetSnapshotAsync();
            var meetings = new List<FamilyMeeting>();
            foreach (var sessionId in await child.GetSessionIdsAsync())
            {
                try
                {
                    var view = await orleans.GetGrain<ITeamSessionGrain>(sessionId).GetFamilyViewAsync(link.ParticipantId);
                    meetings.Add(new FamilyMeeting(sessionId, view.Kind, view.Status, view.ScheduledAt));
                }
                catch (NotPermittedException)
                {
                    // A meeting the family was not invited to is not theirs to see, not even that it exists.
                }
            }

            await audit.ChildAccessedAsync(user, "read the family overview of", link.ChildId, link.AuditRelation());
            children.Add(new FamilyChild(link.ChildId, snapshot.DisplayName, link.Relation, link.GuardianNumber, meetings.OrderByDescending(m => m.ScheduledAt).ToArray()));
        }

        return TypedResults.Ok(new FamilyMe(user.ProfessionalId(), children));
    }

    private static async Task<ContentHttpResult> PlanPageAsync(Guid sessionId, Guid childId, ClaimsPrincipal user, FamilyAccess access, IClusterClient orleans, ProfessionalDirectory directory)
    {
        var view = await access.ViewAsync(user, sessionId, childId, "read Barnets plan from");
        return TypedResults.Content(FamilyPlanPage.Render(view, await ContactsAsync(orleans, directory, childId)), "text/html; charset=utf-8");
    }

    private static async Task<FileContentHttpResult> PlanPdfAsync(Guid sessionId, Guid childId, ClaimsPrincipal user, FamilyAccess access, IClusterClient orleans, ProfessionalDirectory directory, FamilyPlanPdf pdf, CancellationToken cancellation)
    {
        var view = await access.ViewAsync(user, sessionId, childId, "downloaded Barnets plan (PDF) from");
        var bytes = await pdf.PrintAsync(FamilyPlanPage.Render(view, await ContactsAsync(orleans, directory, childId)), cancellation);
        return TypedResults.File(bytes, "application/pdf", "barnets-plan.pdf");
    }

    /// <summary>How the family reaches the barnkontakt and the stödsamordnare (work contact details from the directory).</summary>
    private static async Task<FamilyPlanPage.Contacts> ContactsAsync(IClusterClient orleans, ProfessionalDirectory directory, Guid childId)
    {
        var snapshot = await orleans.GetGrain<IChildGrain>(childId).GetSnapshotAsync();
        return new FamilyPlanPage.Contacts(directory.FindAny(snapshot.ChildContactId), directory.FindAny(snapshot.Plan?.Details.SupportCoordinatorId));
    }

    private static async Task<NoContent> LinkGuardianAsync(Guid childId, int guardianNumber, GuardianIdentityRequest request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var actorId = user.ProfessionalId();
        try
        {
            await orleans.GetGrain<IChildGrain>(childId).LinkGuardianIdentityAsync(guardianNumber, request.Personnummer ?? "", actorId);
        }
        catch (NotPermittedException)
        {
            await audit.ChildAccessedAsync(user, "was refused (link a guardian's e-identification) for", childId, "not the barnkontakt");
            throw;
        }

        await audit.ChildAccessedAsync(user, $"linked guardian {guardianNumber}'s e-identification for", childId, "as barnkontakt");
        return TypedResults.NoContent();
    }
}
