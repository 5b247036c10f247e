namespace BackaBarnet.Live.Web.Realtime;

/// <summary>This web process, so grains can tell its connections from another node's.</summary>
public sealed class WebNodeIdentity
{
    public string Id { get; } = Guid.NewGuid().ToString("N")[..12];

    public string ConnectionKey(string connectionId) => $"{Id}:{connectionId}";
}
