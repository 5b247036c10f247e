using BackaBarnet.Live.Benchmarks.Harness;

namespace BackaBarnet.Live.Benchmarks.Comparison;

/// <summary>Runs one phase of one side and takes the CPU its server processes and Azurite (when the run's own) used meanwhile, and the storage requests its servers sent.</summary>
public static class Measuring
{
    private const string Azurite = "Azurite";

    public static async Task<(T Result, IReadOnlyDictionary<string, TimeSpan> ServerCpu, TimeSpan AzuriteCpu, IReadOnlyDictionary<string, double> StorageRequests)> WithCpuAsync<T>(
        IBenchTarget target, int? azuritePid, Func<Task<T>> phase)
    {
        var requestsBefore = await target.StorageRequestsAsync();
        var processes = new Dictionary<string, int>(target.ServerProcessIds());
        if (azuritePid is { } azurite)
        {
            processes[Azurite] = azurite;
        }

        var cpu = CpuShares.Start(processes);
        var result = await phase();
        var used = cpu.Used();
        var requests = StorageRequestCounts.Since(requestsBefore, await target.StorageRequestsAsync());
        return (result, used.Where(p => p.Key != Azurite).ToDictionary(), used.GetValueOrDefault(Azurite), requests);
    }
}
