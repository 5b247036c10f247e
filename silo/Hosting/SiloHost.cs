using BackaBarnet.Live.Grains.Identity;
using BackaBarnet.Live.Grains.Professionals;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace BackaBarnet.Live.Silo.Hosting;

/// <summary>Builds the silo process's host; tests use the same entry to run a silo in-process.</summary>
public static class SiloHost
{
    public static IHost Build(string[] args)
    {
        var builder = Host.CreateApplicationBuilder(args);
        var settings = SiloSettings.From(builder.Configuration);
        builder.Services.Configure<PersonnummerIndexOptions>(builder.Configuration.GetSection(PersonnummerIndexOptions.Section));
        builder.Services.Configure<InboxOptions>(builder.Configuration.GetSection(InboxOptions.Section));
        builder.UseOrleans(silo => silo.AddBackaBarnetSilo(settings));
        return builder.Build();
    }
}
