using Microsoft.Extensions.Configuration;

namespace BackaBarnet.Live.GrainInterfaces.Hosting;

/// <summary>The clustering silos and web nodes read from the same settings, so they cannot disagree on how to find each other.</summary>
public sealed record ClusteringChoice(ClusteringMode Mode, string? RedisConnectionString)
{
    public static ClusteringChoice From(IConfiguration configuration)
    {
        var mode = configuration.GetValue("Clustering:Mode", ClusteringMode.Localhost);
        var redis = configuration["Redis:ConnectionString"];
        if (mode == ClusteringMode.Redis && string.IsNullOrWhiteSpace(redis))
        {
            throw new InvalidOperationException("Clustering:Mode is Redis but Redis:ConnectionString is not set: name the Redis server that holds the silos' membership table.");
        }

        return new ClusteringChoice(mode, redis);
    }
}
