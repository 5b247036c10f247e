namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// Input broke a rule of the model. Carries the offending field and the rule in words, so the
/// edge can answer with a ProblemDetails (HTTP) or HubException (SignalR) that names both.
/// </summary>
[GenerateSerializer, Alias("bb.DomainRuleException")]
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string rule)
        : base($"{field}: {rule}")
    {
        Field = field;
        Rule = rule;
    }

    [Id(0)]
    public string Field { get; }

    [Id(1)]
    public string Rule { get; }
}
