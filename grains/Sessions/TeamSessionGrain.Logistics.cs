using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.Grains.Mail;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BackaBarnet.Live.Grains.Sessions;

/// <summary>
/// Meeting logistics: the convener moves or calls off a scheduled meeting; every invitee's inbox
/// is told (live) and gets the calendar e-mail (same UID, next SEQUENCE). The state is written
/// first; each invitee's grain queues its e-mail durably.
/// </summary>
internal sealed partial class TeamSessionGrain
{
    private MailOptions MailSettings => ServiceProvider.GetRequiredService<IOptions<MailOptions>>().Value;

    public async Task<SessionSnapshot> RescheduleAsync(MeetingLogistics logistics, string actorId)
    {
        RequireConvener(actorId, "reschedule the meeting");
        var valid = MeetingLogisticsRules.Validate(logistics);
        RequireScheduled("rescheduled");
        var moved = valid.ScheduledAt != state.State.ScheduledAt;
        if (!moved && valid.VideoLink == state.State.VideoLink)
        {
            return SessionViews.Snapshot(SessionId, state.State, actorId);
        }

        state.State.ScheduledAt = valid.ScheduledAt;
        state.State.VideoLink = valid.VideoLink;
        state.State.CalendarSequence++;
        await EmitAsync(SessionEventKind.StatusChanged, actorId, e => e with { Status = SessionStatus.Scheduled });

        await TellInviteesAsync(
            NotificationKind.MeetingRescheduled,
            moved ? "Ett barnteamsmöte har fått en ny tid" : "Ett barnteamsmöte har fått en ny videolänk",
            MeetingCalendar.Request);
        return SessionViews.Snapshot(SessionId, state.State, actorId);
    }

    public async Task<SessionSnapshot> CancelAsync(string actorId)
    {
        RequireConvener(actorId, "cancel the meeting");
        if (state.State.Status == SessionStatus.Cancelled)
        {
            return SessionViews.Snapshot(SessionId, state.State, actorId);
        }

        RequireScheduled("cancelled");
        state.State.Status = SessionStatus.Cancelled;
        state.State.CalendarSequence++;
        await EmitAsync(SessionEventKind.StatusChanged, actorId, e => e with { Status = SessionStatus.Cancelled });

        await TellInviteesAsync(NotificationKind.MeetingCancelled, "Ett barnteamsmöte är inställt", MeetingCalendar.Cancel);
        return SessionViews.Snapshot(SessionId, state.State, actorId);
    }

    public Task<string> GetCalendarAsync(string viewerId)
    {
        RequireParticipant(viewerId, "download the meeting's calendar file");
        var method = state.State.Status == SessionStatus.Cancelled ? MeetingCalendar.Cancel : MeetingCalendar.Request;
        return Task.FromResult(MeetingCalendar.Build(SessionId, state.State, method, Now, MailSettings));
    }

    /// <summary>Convening: each invitee's invitation e-mail carries the calendar object (sequence 0).</summary>
    private Task SendInvitationCalendarsAsync() =>
        TellInviteesAsync(NotificationKind.MeetingInvitation, null, MeetingCalendar.Request);

    /// <param name="title">Null: the notification is the invitation already stored (same id), only the calendar e-mail is added.</param>
    private async Task TellInviteesAsync(NotificationKind kind, string? title, string method)
    {
        var calendar = MeetingCalendar.Mail(SessionId, state.State, method, Now, MailSettings);
        var notificationId = title is null
            ? NotificationIds.For("invitation", SessionId)
            : NotificationIds.For(kind, SessionId, state.State.CalendarSequence);
        var notification = new Notification(notificationId, kind, title ?? "Kallelse till barnteam", null, null, SessionId, state.State.ConvenerId, Now, Links.Meeting(SessionId));
        foreach (var invitee in state.State.ProfessionalIds().Where(id => id != state.State.ConvenerId))
        {
            await Professional(invitee).DeliverWithCalendarAsync(notification, calendar);
        }
    }

    private void RequireScheduled(string what)
    {
        if (state.State.Status != SessionStatus.Scheduled)
        {
            throw new StateConflictException($"Only a scheduled meeting can be {what}; this one is {state.State.Status}.", state.State.Version, ErrorCodes.SessionNotScheduled, ErrorCodes.Args(("status", state.State.Status)));
        }
    }
}
