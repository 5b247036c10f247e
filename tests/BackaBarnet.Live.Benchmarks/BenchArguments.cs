using System.Globalization;
using BackaBarnet.Live.Benchmarks.Scale;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Benchmarks;

/// <summary>
/// The options after the benchmark's name: the scale run's sizes (--children created through the
/// API, --active held active), --seconds for the main runs of fan-out and alerts, and where
/// Azurite keeps its tables (--azurite memory|disk, memory by default).
/// </summary>
public sealed record BenchArguments(ScaleOptions Scale, TimeSpan? Duration, AzuriteStorage Azurite)
{
    public static bool TryRead(string[] options, out BenchArguments arguments)
    {
        arguments = new(ScaleOptions.Full, null, AzuriteStorage.InMemory);
        for (var i = 0; i < options.Length; i += 2)
        {
            if (i + 1 >= options.Length)
            {
                return false;
            }

            var value = options[i + 1];
            if (options[i] == "--azurite")
            {
                if (value is not ("memory" or "disk"))
                {
                    return false;
                }

                arguments = arguments with { Azurite = value == "memory" ? AzuriteStorage.InMemory : AzuriteStorage.OnDisk };
                continue;
            }

            if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
            {
                return false;
            }

            switch (options[i])
            {
                case "--children":
                    arguments = arguments with { Scale = arguments.Scale with { ChildrenToCreate = number } };
                    break;
                case "--active":
                    arguments = arguments with { Scale = arguments.Scale with { ActiveChildren = number } };
                    break;
                case "--seconds":
                    arguments = arguments with { Duration = TimeSpan.FromSeconds(number) };
                    break;
                default:
                    return false;
            }
        }

        return true;
    }
}
