using System.Text.Json;
using BackaBarnet.Live.GrainInterfaces.Domain;
using Microsoft.AspNetCore.SignalR;

namespace BackaBarnet.Live.Web.Errors;

/// <summary>
/// HubExceptions that carry a stable code and its arguments beside the English text. A
/// HubException reaches clients as one string, so it is "[code] English\n{args as JSON}"
/// (see docs/realtime-api.md); every refusal on the hub is made here.
/// </summary>
public static class CodedHubException
{
    public static HubException Create(string code, IReadOnlyDictionary<string, string>? args, string english, Exception? inner = null) =>
        new($"[{code}] {english.ReplaceLineEndings(" ")}\n{JsonSerializer.Serialize(args ?? new Dictionary<string, string>())}", inner);

    /// <summary>The model's refusals, as the hub and the REST problems both name them.</summary>
    public static HubException From(Exception exception) => exception switch
    {
        DomainRuleException rule => Create(rule.Code, rule.Args, rule.Message, rule),
        NotPermittedException denied => Create(denied.Code, denied.Args, denied.Rule, denied),
        StateConflictException conflict => Create(conflict.Code, WithVersion(conflict), conflict.Rule, conflict),
        _ => Create(ErrorCodes.StateConflict, null, exception.Message, exception),
    };

    private static Dictionary<string, string> WithVersion(StateConflictException conflict) =>
        new(conflict.Args) { ["currentVersion"] = conflict.CurrentVersion.ToString(System.Globalization.CultureInfo.InvariantCulture) };
}
