namespace BackaBarnet.Live.GrainInterfaces.Sessions;

[GenerateSerializer, Alias("bb.SessionNotFoundException")]
public sealed class SessionNotFoundException(Guid sessionId) : Exception($"No team session {sessionId} has been convened.")
{
    [Id(0)]
    public Guid SessionId { get; } = sessionId;
}
