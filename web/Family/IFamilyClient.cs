namespace BackaBarnet.Live.Web.Family;

/// <summary>What the server pushes to a family member's device: only that something changed, never what (they ask for their own view).</summary>
public interface IFamilyClient
{
    /// <summary>The meeting moved to <paramref name="version"/>, or the family's consent changed: read the family view again.</summary>
    Task MeetingChanged(Guid sessionId, long version);
}
