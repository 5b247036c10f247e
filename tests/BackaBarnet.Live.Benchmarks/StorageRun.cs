using Azure.Data.Tables;
using BackaBarnet.Live.Grains.Hosting;
using BackaBarnet.Live.Silo.Hosting;
using BackaBarnet.Live.HostingDefaults.Storage;
using BackaBarnet.Live.Silo.Storage;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Orleans.Storage;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>
/// The storage benchmark (issue 3): the grain storage provider against the raw Table client. Runs
/// a silo in this process (it measures the provider from inside), on an Azurite of its own.
/// </summary>
public static class StorageRun
{
    public static async Task<int> RunAsync()
    {
        // Everything of this run is started here and stopped below: its own Azurite, one silo, one client.
        await using var azurite = await AzuriteProcess.StartNewAsync();
        var serviceId = $"bench-{Guid.NewGuid():N}"[..24];
        var gatewayPort = FreePort.Next();
        using var silo = SiloHost.Build(
        [
            $"--Orleans:ServiceId={serviceId}", $"--Orleans:ClusterId={serviceId}",
            $"--Orleans:SiloPort={FreePort.Next()}", $"--Orleans:GatewayPort={gatewayPort}", $"--Ops:Port={FreePort.Next()}",
            $"--Storage:ConnectionString={azurite.ConnectionString}", "--Logging:LogLevel:Default=Warning",
        ]);
        await silo.StartAsync();

        var clientBuilder = Host.CreateApplicationBuilder();
        clientBuilder.Logging.SetMinimumLevel(LogLevel.Warning);
        clientBuilder.UseOrleansClient(client => client.UseLocalhostClustering(gatewayPort, serviceId, serviceId));
        using var client = clientBuilder.Build();
        await client.StartAsync();
        try
        {
            Console.WriteLine($"==> storage benchmark: Azurite on 127.0.0.1:{azurite.Port}, one silo, {Environment.ProcessorCount} cores");
            var raw = new TableClient(azurite.ConnectionString, new StorageAccount(azurite.ConnectionString).GrainStateTable);
            // The silo's own provider instance (and the official one under our layer), for calls that bypass the grain.
            var provider = (GuardedGrainStorage)silo.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Records);
            var benchmark = new StorageBenchmark(
                client.Services.GetRequiredService<IGrainFactory>(), provider, provider.Official, raw, serviceId, step => Console.WriteLine($"    {step}"));
            var rows = await benchmark.RunAsync();

            Console.WriteLine();
            Console.WriteLine(BenchmarkReport.Markdown(rows));
            var path = await BenchmarkReport.WriteJsonAsync(rows, Path.Combine(RepoPaths.Root, ".data", "benchmarks"));
            Console.WriteLine($"report: {Path.GetRelativePath(RepoPaths.Root, path)}");
            return 0;
        }
        finally
        {
            await client.StopAsync();
            await silo.StopAsync();
        }
    }
}
