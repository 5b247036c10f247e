using System.Text.Json.Serialization;
using BackaBarnet.Live.HostingDefaults.Clustering;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using BackaBarnet.Live.Web.Audit;
using BackaBarnet.Live.Web.Auth;
using BackaBarnet.Live.Web.Directory;
using BackaBarnet.Live.Web.Endpoints;
using BackaBarnet.Live.Web.Errors;
using BackaBarnet.Live.Web.Family;
using BackaBarnet.Live.Web.Operations;
using BackaBarnet.Live.Web.Realtime;
using BackaBarnet.Live.Web.Workspace;
using Microsoft.AspNetCore.Rewrite;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace BackaBarnet.Live.Web.Hosting;

/// <summary>Builds the web node: REST API, SignalR hub and static UI, as an Orleans client of the silos.</summary>
public static class BackaBarnetWebApp
{
    /// <param name="logging">More logging providers (the tests collect every web node's log to check it for secrets).</param>
    public static WebApplication Build(string[] args, string? contentRoot = null, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = typeof(BackaBarnetWebApp).Assembly.GetName().Name,
            ContentRootPath = contentRoot,
        });

        logging?.Invoke(builder.Logging);
        // The console log (a deployment's log file) escapes control characters: no value can forge a line.
        builder.Logging.AddConsoleFormatter<EscapingConsoleFormatter, Microsoft.Extensions.Logging.Console.ConsoleFormatterOptions>()
            .AddConsole(o => o.FormatterName = EscapingConsoleFormatter.FormatterName);
        builder.Services.AddSingleton<Microsoft.Extensions.Options.IPostConfigureOptions<LoggerFilterOptions>, LogRedaction>();

        var cluster = ClusterMembership.From(builder.Configuration);
        builder.UseOrleansClient(client =>
        {
            cluster.Connect(client, builder.Configuration.GetValue("Orleans:GatewayPort", 30000));
            client.UseConnectionRetryFilter<GatewayRetryFilter>();
            client.AddWebOperations();
            client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = TimeoutBudget.GrainCall);
            client.Configure<ClientMessagingOptions>(builder.Configuration.GetSection("Orleans:Messaging"));
        });
        builder.Services.AddWebOperations(builder.Configuration);

        builder.Services.AddSharedDataProtection(cluster.Storage, builder.Configuration);
        builder.Services.AddBackaBarnetAuthentication(builder.Configuration, builder.Environment);
        builder.Services.AddBackaBarnetAudit(cluster.Storage);
        builder.Services.AddProblemDetails(o => o.CustomizeProblemDetails = context => ProblemCodes.EnsureCode(context.ProblemDetails));
        builder.Services.AddExceptionHandler<DomainExceptionHandler>();
        // Binding failures are thrown to the exception handler, which names the offending field.
        builder.Services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        builder.Services.AddOpenApi();
        builder.Services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            // A body that names a field twice is refused: by default the last value would silently win.
            o.SerializerOptions.AllowDuplicateProperties = false;
        });
        builder.Services.AddBackaBarnetRequestLimits(builder.Configuration);
        builder.Services.AddBackaBarnetRequestTimeouts();
        builder.Services.AddSignalR(o =>
            {
                o.AddFilter<DomainHubFilter>();
                o.AddFilter<EvaluatorsReachNoChild>();
                o.AddFilter<ConnectionDrain>();
                o.AddFilter<HubCallTimeout>();
                o.MaximumReceiveMessageSize = RequestLimits.MaxHubMessageBytes;
            })
            .AddJsonProtocol(o =>
            {
                o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
                // As for REST bodies: an argument that names a field twice is refused, never the last value taken.
                o.PayloadSerializerOptions.AllowDuplicateProperties = false;
            });
        // The JSON protocol, naming the argument when one cannot be bound (ArgumentNamingHubProtocol).
        builder.Services.RemoveAll<IHubProtocol>();
        builder.Services.AddSingleton<IHubProtocol>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<JsonHubProtocolOptions>>();
            return new ArgumentNamingHubProtocol(new JsonHubProtocol(options), options.Value.PayloadSerializerOptions);
        });
        // SignalR's own line for a failed hub call is held back by a floor in LogRedaction: DomainHubFilter
        // logs instead, refusals at Information without values, unexpected failures at Error.
        builder.Services.AddSingleton<WebNodeIdentity>();
        builder.Services.AddSingleton<HubEditLimiter>();
        builder.Services.AddSingleton<ProfessionalObserverRegistry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ProfessionalObserverRegistry>());
        builder.Services.AddSingleton<SessionObserverRegistry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SessionObserverRegistry>());
        builder.Services.AddFamily();
        builder.Services.AddSingleton<ChildObserverRegistry>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ChildObserverRegistry>());

        var app = builder.Build();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSecurityHeaders();

        // The child page: /barn/{id} is one static page that reads the id from its address (no route, no data).
        app.UseRewriter(new RewriteOptions().AddRewrite("^barn/[0-9a-fA-F-]{36}$", "child.html", skipRemainingRules: true));
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        // Every request ends within its time limit (RequestTimeouts): the API's endpoints are in one group for it.
        app.UseRequestTimeouts();
        var api = app.MapTimedApi();
        app.MapOpenApi();
        api.MapChildEndpoints();
        api.MapConcernByPersonnummerEndpoint();
        api.MapMeEndpoints();
        api.MapProfessionalEndpoints();
        api.MapSessionEndpoints();
        api.MapAuditEndpoints();
        api.MapStatisticsEndpoints();
        api.MapWorkspaceEndpoints();
        api.MapSignInEndpoints();
        api.MapDirectoryEndpoints();
        SupportRequests.SupportRequestEndpoints.MapSupportRequestEndpoints(api);
        if (app.Services.GetRequiredService<DevSignInSettings>().Enabled)
        {
            api.MapDevSignInEndpoints();
            api.MapFamilyDevSignInEndpoints();
        }

        app.MapWebOperations();

        // The connection lives as long as the tab; each hub call has its own limit (HubCallTimeout).
        app.MapHub<LiveHub>(LiveHub.Path, o => o.CloseOnAuthenticationExpiration = true).DisableRequestTimeout();
        app.MapFamily();
        return app;
    }
}
