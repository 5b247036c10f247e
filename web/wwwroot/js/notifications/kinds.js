// Swedish labels for NotificationKind (grain-interfaces/Notifications/NotificationKind.cs).
const labels = {
  ConcernRaised: 'Ny oro',
  HandoverProposed: 'Överlämning',
  ActionAssigned: 'Tilldelad insats',
  MeetingInvitation: 'Kallelse till möte',
  FollowUpDue: 'Uppföljning i dag',
  FollowUpOverdue: 'Uppföljning försenad',
  ActionDue: 'Insats ska vara klar i dag',
  ActionOverdue: 'Insats försenad',
};

// A kind added on the server before the UI knows it still gets a readable label.
export const kindLabel = (kind) => labels[kind] ?? 'Notis';
