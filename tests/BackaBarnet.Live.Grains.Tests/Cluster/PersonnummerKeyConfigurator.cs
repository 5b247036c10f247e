using BackaBarnet.Live.Grains.Identity;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Cluster;

/// <summary>
/// One HMAC key per test process: a redeployed cluster must find the index entries an earlier
/// one wrote, as a production silo does with its configured key.
/// </summary>
public sealed class PersonnummerKeyConfigurator : ISiloConfigurator
{
    private static readonly string Key = TestStorage.NewSecret();

    public void Configure(ISiloBuilder siloBuilder) =>
        siloBuilder.Services.Configure<PersonnummerIndexOptions>(o => o.PersonnummerHmacKey = Key);
}
