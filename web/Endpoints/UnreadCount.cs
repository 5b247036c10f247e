namespace BackaBarnet.Live.Web.Endpoints;

public sealed record UnreadCount(int Unread);
