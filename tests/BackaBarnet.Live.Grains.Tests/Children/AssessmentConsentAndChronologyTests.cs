using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Consents;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.Grains.Tests.Cluster;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class AssessmentConsentAndChronologyTests(ClusterFixture fixture)
{
    private static readonly DateOnly Yesterday = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);

    [Fact]
    public async Task TheFirstTeamConsensusIsTheBaselineAndTheChildsOwnViewIsKeptBesideIt()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        var own = await child.RecordAssessmentAsync(new NewAssessment(RaterKind.Child, Yesterday, [new AreaRating(NeedsArea.Safe, 2, "Rädd på rasten")]), contact);
        var baseline = await child.RecordAssessmentAsync(new NewAssessment(RaterKind.TeamConsensus, Yesterday, [new AreaRating(NeedsArea.Safe, 2)]), contact);
        var later = await child.RecordAssessmentAsync(new NewAssessment(RaterKind.TeamConsensus, Yesterday, [new AreaRating(NeedsArea.Safe, 4)]), contact);

        Assert.Equal((false, true, false), (own.IsBaseline, baseline.IsBaseline, later.IsBaseline));
        Assert.Equal((await child.GetSnapshotAsync()).Version, later.RecordVersion);
        Assert.Equal(later.RecordVersion - 1, baseline.RecordVersion);
        var history = (await child.GetSnapshotAsync()).Assessments;
        Assert.Equal([RaterKind.Child, RaterKind.TeamConsensus, RaterKind.TeamConsensus], history.Select(a => a.Rater));
        Assert.Equal("Rädd på rasten", history[0].Ratings[0].Note);
    }

    [Theory]
    [InlineData(0, "ratings[0].value")]
    [InlineData(6, "ratings[0].value")]
    public async Task RatingsOutsideOneToFiveAreRefused(int value, string field)
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, before) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        var refused = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.RecordAssessmentAsync(new NewAssessment(RaterKind.Professional, Yesterday, [new AreaRating(NeedsArea.Leisure, value)]), contact));

        Assert.Equal(field, refused.Field);
        Assert.Equal(before.Version, (await child.GetSnapshotAsync()).Version);
    }

    [Fact]
    public async Task UnknownAreasAndFutureDatesAreRefused()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);

        var area = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.RecordAssessmentAsync(new NewAssessment(RaterKind.Guardian, Yesterday, [new AreaRating((NeedsArea)12, 3)]), contact));
        var future = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.RecordAssessmentAsync(new NewAssessment(RaterKind.Guardian, Yesterday.AddDays(30), [new AreaRating(NeedsArea.Safe, 3)]), contact));

        Assert.Equal(("ratings[0].area", "assessedOn"), (area.Field, future.Field));
        Assert.Empty((await child.GetSnapshotAsync()).Assessments);
    }

    [Fact]
    public async Task ConsentIsRecordedPerAgencyKindAndCanBeRevoked()
    {
        var contact = Children.NewProfessionalId("bvc");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.ChildHealthNurse);

        var consent = await child.RecordConsentAsync(new ConsentGrant(AgencyKind.SocialServices, "Mamma Karin", Yesterday, Yesterday.AddYears(1)), contact);
        Assert.True(consent.IsInForceOn(Yesterday.AddDays(1)));
        var revoked = await child.RevokeConsentAsync(consent.ConsentId, contact);

        var stored = Assert.Single(revoked.Consents);
        Assert.False(stored.IsInForceOn(Yesterday.AddDays(1)));
        Assert.Equal(contact, stored.RevokedBy);
        await Assert.ThrowsAsync<DomainRuleException>(() => child.RevokeConsentAsync(consent.ConsentId, contact));
        await Assert.ThrowsAsync<NotPermittedException>(
            () => child.RecordConsentAsync(new ConsentGrant(AgencyKind.Police, "Mamma Karin", Yesterday, null), "johan-polis"));
    }

    [Fact]
    public async Task EveryChangeLandsInTheChronologyNewestFirst()
    {
        var contact = Children.NewProfessionalId("rektor");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, contact, ChildContactRole.SchoolPrincipal);
        var raised = await child.RaiseConcernAsync(new("sara-soc", "Orolig", [NeedsArea.Safe]));
        await child.AcknowledgeConcernAsync(raised.ConcernId, contact);
        await Assert.ThrowsAsync<NotPermittedException>(() => child.DeclineSupportAsync(null, "sara-soc"));

        var chronology = await child.GetChronologyAsync();

        Assert.Equal(["ConcernAcknowledged", "ConcernRaised", "ChildRegistered"], chronology.Select(e => e.Kind));
        Assert.Equal([3L, 2L, 1L], chronology.Select(e => e.Version));
        Assert.Equal("sara-soc", chronology[1].ActorId);
        Assert.DoesNotContain(chronology, e => e.Summary.Contains("Orolig"));
    }
}
