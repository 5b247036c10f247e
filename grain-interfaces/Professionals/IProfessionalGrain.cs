namespace BackaBarnet.Live.GrainInterfaces.Professionals;

/// <summary>
/// One grain per professional (keyed by the professional id): their caseload as barnkontakt and
/// the concern alerts waiting for them. Alerts are persisted before observers are told.
/// </summary>
[Alias("bb.IProfessionalGrain")]
public interface IProfessionalGrain : IGrainWithStringKey
{
    [Alias("AssignChild")]
    Task AssignChildAsync(CaseloadEntry entry);

    /// <summary>The professional is no longer barnkontakt for the child (after a handover).</summary>
    [Alias("ReleaseChild")]
    Task ReleaseChildAsync(Guid childId);

    [Alias("ReceiveConcern")]
    Task ReceiveConcernAsync(ConcernAlert alert);

    [Alias("AddSessionInvitation")]
    Task AddSessionInvitationAsync(Sessions.SessionInvitation invitation);

    /// <summary>The convener's own meeting: kept in their list like an invitation, without notifying them of it.</summary>
    [Alias("RememberConvenedSession")]
    Task RememberConvenedSessionAsync(Sessions.SessionInvitation invitation);

    [Alias("GetSessionInvitations")]
    Task<IReadOnlyList<Sessions.SessionInvitation>> GetSessionInvitationsAsync();

    /// <summary>Stores the assignment in the professional's list (idempotent by action id).</summary>
    [Alias("AddAssignment")]
    Task AddAssignmentAsync(ActionAssignment assignment);

    [Alias("GetAssignments")]
    Task<IReadOnlyList<ActionAssignment>> GetAssignmentsAsync();

    /// <summary>Stores the notification (once per id), then pushes it to every connected tab.</summary>
    [Alias("Deliver")]
    Task DeliverAsync(Notifications.Notification notification);

    /// <summary>Stores the notification like <see cref="DeliverAsync"/> and e-mails the calendar object at once (durably: retried until sent).</summary>
    [Alias("DeliverWithCalendar")]
    Task DeliverWithCalendarAsync(Notifications.Notification notification, Notifications.CalendarMail calendar);

    [Alias("GetNoticePreferences")]
    Task<Notifications.NoticePreferences> GetNoticePreferencesAsync();

    /// <summary>Validated again here; returns what was stored.</summary>
    [Alias("SetNoticePreferences")]
    Task<Notifications.NoticePreferences> SetNoticePreferencesAsync(Notifications.NoticePreferences preferences);

    [Alias("GetInbox")]
    Task<Notifications.InboxView> GetInboxAsync();

    /// <summary>Older read notifications moved out of the live inbox, newest first, a page at a time.</summary>
    /// <param name="before">The previous page's <see cref="Notifications.ArchivedInboxPage.Next"/>, or null for the newest.</param>
    [Alias("GetArchivedInbox")]
    Task<Notifications.ArchivedInboxPage> GetArchivedInboxAsync(string? before, int take);

    /// <returns>The unread count after the change.</returns>
    [Alias("MarkRead")]
    Task<int> MarkReadAsync(Guid notificationId);

    [Alias("MarkAllRead")]
    Task<int> MarkAllReadAsync();

    [Alias("GetCaseload")]
    Task<IReadOnlyList<CaseloadEntry>> GetCaseloadAsync();

    [Alias("GetOpenConcernAlerts")]
    Task<IReadOnlyList<ConcernAlert>> GetOpenConcernAlertsAsync();

    /// <summary>The concern was closed: its alert (and its text) leaves this professional's list.</summary>
    [Alias("SettleConcernAlert")]
    Task SettleConcernAlertAsync(Guid concernId);

    /// <summary>Subscribes or renews; a subscription lapses unless renewed within its lifetime.</summary>
    [Alias("Subscribe")]
    Task SubscribeAsync(IProfessionalObserver observer);

    [Alias("Unsubscribe")]
    Task UnsubscribeAsync(IProfessionalObserver observer);

    /// <summary>True while some web node holds an open page of theirs (a live observer subscription).</summary>
    [Alias("IsOnline")]
    Task<bool> IsOnlineAsync();
}
