namespace BackaBarnet.Live.Silo.Storage;

/// <summary>
/// The table service could not be reached or refused a request after the SDK's retries. The
/// state was not read or saved; the message names the operation, grain, state and table.
/// </summary>
[GenerateSerializer, Alias("bb.GrainStorageFailedException")]
public sealed class GrainStorageFailedException : Exception
{
    public GrainStorageFailedException(string operation, GrainId grainId, string stateName, string table, string reason, Exception cause)
        : base($"Could not {operation} state '{stateName}' of grain {grainId} in table '{table}': {reason}", cause)
    {
        GrainId = grainId.ToString();
        StateName = stateName;
    }

    [Id(0)]
    public string GrainId { get; }

    [Id(1)]
    public string StateName { get; }
}
