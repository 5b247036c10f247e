using BackaBarnet.Live.GrainInterfaces.Notifications;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.GrainInterfaces.Sessions;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>What the server pushes to connected browsers and clients (see docs/realtime-api.md).</summary>
public interface ILiveClient
{
    /// <summary>A concern was raised about a child the receiver is barnkontakt for.</summary>
    Task ConcernRaised(ConcernAlert alert);

    /// <summary>A new inbox item, with the unread count after it; sent to every tab, and on connect for what waited.</summary>
    Task Notification(Notification notification, int unread);

    /// <summary>The unread count changed (something was read in another tab).</summary>
    Task UnreadCount(int unread);

    /// <summary>A child this connection watches (the child page) moved to <paramref name="version"/>: read it again.</summary>
    Task ChildChanged(Guid childId, long version);

    /// <summary>Something changed in a meeting this connection has joined.</summary>
    Task SessionEvent(Guid sessionId, SessionEvent sessionEvent);
}
