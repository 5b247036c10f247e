using BackaBarnet.Live.Grains.Identity;
using BackaBarnet.Live.Grains.Professionals;
using BackaBarnet.Live.HostingDefaults.Timeouts;
using BackaBarnet.Live.Silo.Operations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace BackaBarnet.Live.Silo.Hosting;

/// <summary>Builds the silo process's host; tests use the same entry to run a silo in-process.</summary>
public static class SiloHost
{
    public static IHost Build(string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ApplicationName = typeof(SiloHost).Assembly.GetName().Name });
        var settings = SiloSettings.From(builder.Configuration);

        // Kestrel serves only the ops listener (health, metrics); grains are reached through Orleans' own ports.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(settings.OpsEndpoint));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = settings.ShutdownTimeout);
        builder.Services.Configure<PersonnummerIndexOptions>(builder.Configuration.GetSection(PersonnummerIndexOptions.Section));
        builder.Services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.Section));
        builder.Services.Configure<Grains.Children.EscalationOptions>(builder.Configuration.GetSection(Grains.Children.EscalationOptions.Section));
        builder.Services.Configure<Grains.Children.MeetingBurdenOptions>(builder.Configuration.GetSection(Grains.Children.MeetingBurdenOptions.Section));
        // Failure detection and messaging timeouts stay Orleans' defaults unless an operator (or a failover test) tunes them.
        builder.Services.Configure<ClusterMembershipOptions>(builder.Configuration.GetSection("Orleans:Membership"));
        // The response timeout is set to fit around storage's retries (TimeoutBudget); an operator or a test may still tune it.
        builder.Services.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = TimeoutBudget.GrainCall);
        builder.Services.Configure<SiloMessagingOptions>(builder.Configuration.GetSection("Orleans:Messaging"));
        builder.Services.AddSiloOperations(builder.Configuration);
        builder.UseOrleans(silo => silo.AddBackaBarnetSilo(settings));

        var app = builder.Build();
        app.MapSiloOperations();
        return app;
    }
}
