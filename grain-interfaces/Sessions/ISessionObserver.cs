using Orleans.Concurrency;

namespace BackaBarnet.Live.GrainInterfaces.Sessions;

/// <summary>One per web node per session with local participants; forwards events to the session's SignalR group.</summary>
[Alias("bb.ISessionObserver")]
public interface ISessionObserver : IGrainObserver
{
    // One-way: a slow or vanished web node must never hold up the meeting.
    [OneWay]
    [Alias("OnSessionEvent")]
    Task OnSessionEventAsync(Guid sessionId, SessionEvent sessionEvent);
}
