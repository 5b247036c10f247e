namespace BackaBarnet.Live.GrainInterfaces.Domain;

/// <summary>
/// Input broke a rule of the model. Carries the offending field, the rule in words, and a stable
/// code with its arguments (see <see cref="ErrorCodes"/>), so the edge can answer with a
/// ProblemDetails (HTTP) or HubException (SignalR) that names all of them.
/// </summary>
[GenerateSerializer, Alias("bb.DomainRuleException")]
public sealed class DomainRuleException : Exception
{
    public DomainRuleException(string field, string rule)
        : this(field, rule, ErrorCodes.FieldInvalid)
    {
    }

    public DomainRuleException(string field, string rule, string code, IReadOnlyDictionary<string, string>? args = null)
        : base($"{field}: {rule}")
    {
        Field = field;
        Rule = rule;
        Code = code;
        Args = WithField(field, args);
    }

    [Id(0)]
    public string Field { get; }

    [Id(1)]
    public string Rule { get; }

    [Id(2)]
    public string Code { get; }

    /// <summary>The code's arguments; always holds "field".</summary>
    [Id(3)]
    public IReadOnlyDictionary<string, string> Args { get; }

    private static Dictionary<string, string> WithField(string field, IReadOnlyDictionary<string, string>? args)
    {
        var all = new Dictionary<string, string>(args ?? new Dictionary<string, string>()) { ["field"] = field };
        return all;
    }
}
