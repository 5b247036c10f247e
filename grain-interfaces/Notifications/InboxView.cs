namespace BackaBarnet.Live.GrainInterfaces.Notifications;

/// <summary>The inbox, newest first, with the unread count and how many old read items were archived.</summary>
[GenerateSerializer, Alias("bb.InboxView")]
public sealed record InboxView(IReadOnlyList<Notification> Items, int Unread, int Archived);
