using BackaBarnet.Live.Grains.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Notifications;

/// <summary>Gives the domain a clock the tests move; Orleans keeps running on real time.</summary>
public sealed class FakeClockConfigurator : ISiloConfigurator
{
    public static FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.Services.AddKeyedSingleton<TimeProvider>(DomainTime.Key, Clock);
}
