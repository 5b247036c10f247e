namespace BackaBarnet.Live.GrainInterfaces.Hosting;

/// <summary>
/// The table service could not be reached or refused a request after the SDK's retries. The
/// state was not read or saved; the message names the operation, grain, state and table.
/// It lives here, known to silos and web nodes alike, and carries no inner exception: the SDK's
/// exceptions (an AggregateException after the retries) could not be read back by a web node, so
/// the response was dropped and the caller timed out instead of hearing "storage failed". The
/// silo logs the cause where it happened.
/// </summary>
[GenerateSerializer, Alias("bb.GrainStorageFailedException")]
public sealed class GrainStorageFailedException(string operation, string grainId, string stateName, string table, string reason)
    : Exception($"Could not {operation} state '{stateName}' of grain {grainId} in table '{table}': {reason}")
{
    [Id(0)]
    public string GrainId { get; } = grainId;

    [Id(1)]
    public string StateName { get; } = stateName;
}
