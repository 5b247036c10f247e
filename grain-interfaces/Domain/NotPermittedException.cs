namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>The caller has no role that allows this change to this child.</summary>
[GenerateSerializer, Alias("bb.NotPermittedException")]
public sealed class NotPermittedException(string rule, string code = ErrorCodes.AccessNotPermitted, IReadOnlyDictionary<string, string>? args = null) : Exception(rule)
{
    [Id(0)]
    public string Rule { get; } = rule;

    [Id(1)]
    public string Code { get; } = code;

    [Id(2)]
    public IReadOnlyDictionary<string, string> Args { get; } = args ?? new Dictionary<string, string>();
}
