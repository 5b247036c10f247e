namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>The caller has no role that allows this change to this child.</summary>
[GenerateSerializer, Alias("bb.NotPermittedException")]
public sealed class NotPermittedException(string rule) : Exception(rule)
{
    [Id(0)]
    public string Rule { get; } = rule;
}
