using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Identity;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class PersonnummerRegistrationTests(ClusterFixture fixture)
{
    [Fact]
    public async Task AgeAndAgeBandDeriveFromThePersonnummer()
    {
        var (_, snapshot) = await Children.RegisterAsync(fixture.Grains, "anna-bvc", ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(4));

        Assert.Equal(4, snapshot.Age);
        Assert.Equal(AgeBand.ZeroToSix, snapshot.AgeBand);
        Assert.NotNull(snapshot.BirthDate);
    }

    [Fact]
    public async Task ASecondChildWithTheSamePersonnummerIsRefusedNamingTheFirst()
    {
        var twelveDigits = TestPersonnummer.AgedYears(9);
        var (_, first) = await Children.RegisterAsync(fixture.Grains, "erik-rektor", ChildContactRole.SchoolPrincipal, twelveDigits);
        var tenDigits = twelveDigits[2..];

        var duplicate = await Assert.ThrowsAsync<DuplicatePersonnummerException>(
            () => Children.RegisterAsync(fixture.Grains, "erik-rektor", ChildContactRole.SchoolPrincipal, tenDigits));

        Assert.Equal(first.ChildId, duplicate.ExistingChildId);
        Assert.DoesNotContain(twelveDigits[..8], duplicate.Message);
    }

    [Fact]
    public async Task LookUpByPersonnummerFindsTheChildInEitherForm()
    {
        var number = TestPersonnummer.AgedYears(11);
        var (_, registered) = await Children.RegisterAsync(fixture.Grains, "erik-rektor", ChildContactRole.SchoolPrincipal, number);
        var registry = fixture.Grains.GetGrain<IChildRegistryGrain>(0);

        Assert.Equal(registered.ChildId, await registry.FindAsync(number));
        Assert.Equal(registered.ChildId, await registry.FindAsync(number[2..].Replace("-", "")));
        Assert.Null(await registry.FindAsync(TestPersonnummer.AgedYears(11)));
    }

    [Fact]
    public async Task AnInvalidPersonnummerIsRefusedAndRegistersNothing()
    {
        var valid = TestPersonnummer.AgedYears(3);
        var wrongCheckDigit = valid[..^1] + (char)('0' + ((valid[^1] - '0' + 1) % 10));
        var child = fixture.Grains.GetGrain<IChildGrain>(Guid.NewGuid());

        var refused = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.RegisterAsync(new NewChild("Ville", "anna-bvc", "anna-bvc", ChildContactRole.ChildHealthNurse, wrongCheckDigit)));

        Assert.Equal("personnummer", refused.Field);
        await Assert.ThrowsAsync<ChildNotFoundException>(() => child.GetSnapshotAsync());
    }

    [Fact]
    public async Task AChildMayBeRegisteredBeforeItHasAPersonnummer()
    {
        var (_, snapshot) = await Children.RegisterAsync(fixture.Grains, "lena-barnmorska", ChildContactRole.Midwife);

        Assert.Null(snapshot.Personnummer);
        Assert.Null(snapshot.Age);
    }
}
