using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.Grains.Identity;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;

namespace BackaBarnet.Live.Grains.Tests.Children;

/// <summary>A claim on a personnummer whose child was never written (a crash between the two) does not block the number.</summary>
[Collection(ClusterCollection.Name)]
public sealed class PersonnummerClaimRecoveryTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AClaimLeftByARegistrationThatNeverWroteTheChildIsReleasedOnTheNextRegistration()
    {
        var number = TestPersonnummer.AgedYears(7);
        // What a registration that crashed after its claim leaves behind: the claim, and no child.
        var crashed = Guid.NewGuid();
        Assert.Equal(crashed, await IndexOf(number).ClaimAsync(crashed));

        var (_, registered) = await Children.RegisterAsync(fixture.Grains, "erik-rektor", ChildContactRole.SchoolPrincipal, number);

        Assert.NotEqual(crashed, registered.ChildId);
        Assert.Equal(registered.ChildId, await fixture.Grains.GetGrain<IChildRegistryGrain>(0).FindAsync(number));
    }

    [Fact]
    public async Task ALookUpDoesNotAnswerAChildThatWasNeverWritten()
    {
        var number = TestPersonnummer.AgedYears(5);
        await IndexOf(number).ClaimAsync(Guid.NewGuid());

        Assert.Null(await fixture.Grains.GetGrain<IChildRegistryGrain>(0).FindAsync(number));
    }

    [Fact]
    public async Task AChildThatWasWrittenKeepsItsNumber()
    {
        var number = TestPersonnummer.AgedYears(8);
        var (_, first) = await Children.RegisterAsync(fixture.Grains, "erik-rektor", ChildContactRole.SchoolPrincipal, number);

        Assert.Equal(first.ChildId, await IndexOf(number).ClaimAsync(Guid.NewGuid()));
        Assert.Equal(first.ChildId, await fixture.Grains.GetGrain<IChildRegistryGrain>(0).FindAsync(number));
    }

    private IPersonnummerIndexGrain IndexOf(string number)
    {
        var silo = fixture.Cluster.Primary as InProcessSiloHandle ?? throw new InvalidOperationException("The test cluster's silos run in this process.");
        var hasher = silo.SiloHost.Services.GetRequiredService<PersonnummerHasher>();
        return fixture.Grains.GetGrain<IPersonnummerIndexGrain>(hasher.IndexKey(Personnummer.Parse(number, DateOnly.FromDateTime(DateTime.UtcNow))));
    }
}
