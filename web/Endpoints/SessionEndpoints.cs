using System.Security.Claims;
using BackaBarnet.Live.GrainInterfaces.Audit;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using Microsoft.AspNetCore.Http.HttpResults;

namespace BackaBarnet.Live.Web.Endpoints;

/// <summary>Convening, opening and closing barnteam meetings; the live part is on the hub.</summary>
public static class SessionEndpoints
{
    public static RouteGroupBuilder MapSessionEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/sessions").RequireAuthorization().AddEndpointFilter<EvaluatorsReachNoChild>().WithTags("Team sessions");
        group.MapPost("/", ConveneAsync).WithName("ConveneSession");
        group.MapGet("/{sessionId:guid}", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
            SessionAsync(orleans, audit, user, sessionId, "read", s => s.GetSnapshotAsync(user.ProfessionalId()))).WithName("GetSession");
        group.MapPost("/{sessionId:guid}/open", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
            SessionAsync(orleans, audit, user, sessionId, "opened", s => s.OpenAsync(user.ProfessionalId()))).WithName("OpenSession");
        group.MapPost("/{sessionId:guid}/close", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
            SessionAsync(orleans, audit, user, sessionId, "closed", s => s.CloseAsync(user.ProfessionalId()))).WithName("CloseSession");
        group.MapPost("/{sessionId:guid}/reschedule", (Guid sessionId, MeetingLogistics request, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
            SessionAsync(orleans, audit, user, sessionId, "rescheduled", s => s.RescheduleAsync(MeetingLogisticsRules.Validate(request), user.ProfessionalId()))).WithName("RescheduleSession");
        group.MapPost("/{sessionId:guid}/cancel", (Guid sessionId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit) =>
            SessionAsync(orleans, audit, user, sessionId, "cancelled", s => s.CancelAsync(user.ProfessionalId()))).WithName("CancelSession");
        group.MapGet("/{sessionId:guid}/calendar.ics", CalendarAsync).WithName("GetSessionCalendar");
        return group;
    }

    /// <summary>The meeting for the participant's own calendar: audited like a read of the meeting.</summary>
    private static async Task<FileContentHttpResult> CalendarAsync(Guid sessionId, ClaimsPrincipal user, IClusterClient orleans, AuditTrail audit)
    {
        var session = orleans.GetGrain<ITeamSessionGrain>(sessionId);
        var snapshot = await session.GetSnapshotAsync(user.ProfessionalId());
        var ics = await session.GetCalendarAsync(user.ProfessionalId());
        await audit.SessionReadAsync(user, sessionId, snapshot, "downloaded the calendar file of");
        return TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ics), "text/calendar; charset=utf-8", "barnteam.ics");
    }

    private static async Task<Created<SessionSnapshot>> ConveneAsync(
        NewTeamSession request, ClaimsPrincipal user, IClusterClient orleans, ProfessionalDirectory directory, AuditTrail audit)
    {
        var sessionId = Guid.NewGuid();
        SessionSnapshot snapshot;
        try
        {
            snapshot = await orleans.GetGrain<ITeamSessionGrain>(sessionId).ConveneAsync(WithConvener(request, directory, user.ProfessionalId()), user.ProfessionalId());
        }
        catch (NotPermittedException)
        {
            // The children named may not be the caller's to know: the refusal is logged without them.
            await audit.AccessedAsync(user, $"was refused convening a meeting ({sessionId})", "not barnkontakt for every child on the agenda", AuditOutcomes.Refused);
            throw;
        }

        foreach (var child in snapshot.Agenda)
        {
            await audit.ChildAccessedAsync(user, $"convened team session {sessionId} about", child.ChildId, "as barnkontakt");
        }

        return TypedResults.Created($"/api/sessions/{sessionId}", snapshot);
    }

    /// <summary>
    /// Professionals take part under their name, agency and title as the directory knows them
    /// (the agency decides what the guardians' consent lets them see, so the caller cannot set it),
    /// and the convener is always among them.
    /// </summary>
    private static NewTeamSession WithConvener(NewTeamSession request, ProfessionalDirectory directory, string convenerId)
    {
        var participants = (request.Participants ?? []).Select((p, i) => p is { Kind: ParticipantKind.Professional or ParticipantKind.ConcernReporter }
            ? AsDirectoryKnowsThem(p, directory, $"participants[{i}].participantId")
            : p).ToList();
        if (participants.All(p => p?.ParticipantId != convenerId) && directory.Find(convenerId) is { } me)
        {
            participants.Insert(0, new InvitedParticipant(me.Id, me.Name, me.Agency, me.Title, ParticipantKind.Professional));
        }

        return request with { Participants = participants };
    }

    /// <summary>Only practitioners take part: audit, operations and evaluation reach no child, so they are never invited.</summary>
    private static InvitedParticipant AsDirectoryKnowsThem(InvitedParticipant participant, ProfessionalDirectory directory, string field) =>
        directory.Find(participant.ParticipantId) switch
        {
            null => throw new DomainRuleException(field, $"'{participant.ParticipantId}' is not a known professional; invite professionals by their id in the directory.", ErrorCodes.FieldUnknownProfessional),
            var known when !Workspace.Practitioners.IsPractitioner(known) => throw new DomainRuleException(
                field, $"'{participant.ParticipantId}' does not work with children (audit, operations or evaluation) and cannot be invited.", ErrorCodes.FieldNotAPractitioner),
            var known => participant with { Name = known.Name, Agency = known.Agency, Role = known.Title },
        };

    /// <summary>A refusal reveals no agenda, so it has no child to name in the audit log.</summary>
    private static async Task<Ok<SessionSnapshot>> SessionAsync(
        IClusterClient orleans, AuditTrail audit, ClaimsPrincipal user, Guid sessionId, string how, Func<ITeamSessionGrain, Task<SessionSnapshot>> call)
    {
        SessionSnapshot snapshot;
        try
        {
            snapshot = await call(orleans.GetGrain<ITeamSessionGrain>(sessionId));
        }
        catch (Exception e) when (e is NotPermittedException or SessionNotFoundException or StateConflictException)
        {
            await audit.AccessedAsync(user, $"was refused ({how}) team session {sessionId}", e is SessionNotFoundException ? "no such meeting" : "no role in the meeting that permits it", AuditOutcomes.Refused);
            throw;
        }

        await audit.SessionReadAsync(user, sessionId, snapshot, how);
        return TypedResults.Ok(snapshot);
    }
}
