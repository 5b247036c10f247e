namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// A state could not be stored because of its size. Raised before any request when the
/// provider's limit is exceeded, or after the service refused the entity as too large.
/// </summary>
[GenerateSerializer, Alias("bb.GrainStateTooLargeException")]
public sealed class GrainStateTooLargeException : Exception
{
    public GrainStateTooLargeException(GrainId grainId, string stateName, int sizeBytes, string reason, Exception? inner = null)
        : base($"State '{stateName}' of grain {grainId} is {sizeBytes} bytes serialized: {reason}", inner)
    {
        GrainId = grainId.ToString();
        StateName = stateName;
        SizeBytes = sizeBytes;
    }

    [Id(0)]
    public string GrainId { get; }

    [Id(1)]
    public string StateName { get; }

    [Id(2)]
    public int SizeBytes { get; }
}
