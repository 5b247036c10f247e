using Microsoft.Extensions.Options;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>
/// Logs carry no secrets at any level. The categories below write what a request carried: the
/// hosting request log the URL with its query string (a hub token in <c>?access_token=</c>, an
/// authorization code), SignalR and Orleans at Debug/Trace the arguments of calls (a child's name,
/// a concern's text), the authentication handlers at Debug/Trace protocol messages. Each is held
/// at a floor for every logging provider, after all configuration: a setting such as
/// <c>Logging:Console:LogLevel:Default=Trace</c> cannot lower it. Request logging of our own (the
/// audit trail, the LoggerMessage calls) writes ids only.
/// </summary>
internal sealed class LogRedaction : IPostConfigureOptions<LoggerFilterOptions>
{
    public static readonly IReadOnlyDictionary<string, LogLevel> Floors = new Dictionary<string, LogLevel>
    {
        // Below Information, ASP.NET Core logs whole URLs (the rewrite middleware, routing, Kestrel)
        // and protocol messages (authentication, SignalR): none of it below Information, anywhere.
        ["Microsoft.AspNetCore"] = LogLevel.Information,
        ["Microsoft.AspNetCore.Hosting.Diagnostics"] = LogLevel.Warning,
        ["Microsoft.AspNetCore.HttpLogging"] = LogLevel.None,
        ["Microsoft.AspNetCore.W3CLogging"] = LogLevel.None,
        // SignalR logs every failed hub call at Error with its exception, whose message may repeat
        // what the caller sent (a refused text, a personnummer): DomainHubFilter logs instead. A
        // floor, not a plain filter, so a provider's own level (Logging:Console:LogLevel) cannot reopen it.
        ["Microsoft.AspNetCore.SignalR.Internal.DefaultHubDispatcher"] = LogLevel.Critical,
        ["System.Net.Http"] = LogLevel.Information,
        ["Orleans"] = LogLevel.Information,
        ["Microsoft.Orleans"] = LogLevel.Information,
    };

    public void PostConfigure(string? name, LoggerFilterOptions options)
    {
        // Provider-specific rules win over general ones, so the floor is repeated for every provider a rule names.
        // A more specific rule from configuration ("Microsoft.AspNetCore.Routing": "Debug") is raised to its prefix's floor.
        for (var i = 0; i < options.Rules.Count; i++)
        {
            var rule = options.Rules[i];
            if (rule.CategoryName is { } ruleCategory && FloorOf(ruleCategory) is { } ruleFloor && (rule.LogLevel ?? LogLevel.Trace) < ruleFloor)
            {
                options.Rules[i] = new LoggerFilterRule(rule.ProviderName, rule.CategoryName, ruleFloor, rule.Filter);
            }
        }

        var providers = options.Rules.Select(r => r.ProviderName).Append(null).Distinct().ToList();
        foreach (var provider in providers)
        {
            foreach (var (category, floor) in Floors)
            {
                var configured = options.Rules.Where(r => r.ProviderName == provider && r.CategoryName == category).Select(r => r.LogLevel).LastOrDefault();
                var level = configured is { } set && set > floor ? set : floor;
                options.Rules.Add(new LoggerFilterRule(provider, category, level, null));
            }
        }
    }

    /// <summary>The floor of the longest listed prefix of this category, if any.</summary>
    private static LogLevel? FloorOf(string category) =>
        Floors.Where(f => category == f.Key || category.StartsWith(f.Key + ".", StringComparison.Ordinal))
            .OrderByDescending(f => f.Key.Length).Select(f => (LogLevel?)f.Value).FirstOrDefault();
}
