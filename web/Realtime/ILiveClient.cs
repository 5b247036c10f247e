using BackaBarnet.Live.GrainInterfaces.Professionals;

namespace BackaBarnet.Live.Web.Realtime;

/// <summary>What the server pushes to connected browsers and clients.</summary>
public interface ILiveClient
{
    /// <summary>A concern was raised about a child the receiver is barnkontakt for.</summary>
    Task ConcernRaised(ConcernAlert alert);
}
