using Microsoft.Extensions.DependencyInjection;
using BackaBarnet.Live.Grains.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace BackaBarnet.Live.Grains.Hosting;

public static class GrainServiceCollectionExtensions
{
    /// <summary>Services the grains depend on, shared by the silo and the test cluster.</summary>
    public static IServiceCollection AddBackaBarnetGrainServices(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<PersonnummerIndexOptions>();
        services.TryAddSingleton<PersonnummerHasher>();
        return services;
    }
}
