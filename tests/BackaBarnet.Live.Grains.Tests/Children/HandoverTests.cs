using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Contacts;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Plans;
using BackaBarnet.Live.GrainInterfaces.Professionals;
using BackaBarnet.Live.Grains.Tests.Cluster;
using BackaBarnet.Live.TestSupport;

namespace BackaBarnet.Live.Grains.Tests.Children;

[Collection(ClusterCollection.Name)]
public sealed class HandoverTests(ClusterFixture fixture)
{
    private static NewHandover To(string receiver, ChildContactRole role, bool isException = false, string? reason = null) =>
        new(receiver, role, HandoverTrigger.ProposedByContact, "Hembesök och föräldragrupp", "Tät kontakt med mamma", isException, reason);

    [Fact]
    public async Task AcceptedHandoverMovesTheRoleAndTheSummaryTravelsWithIt()
    {
        var nurse = Children.NewProfessionalId("bvc");
        var principal = Children.NewProfessionalId("forskola");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(2));
        var concern = await child.RaiseConcernAsync(new NewConcern("sara-soc", "Orolig för sömnen", [NeedsArea.Healthy]));
        await child.AddPlanActionAsync(new PlanActionInput("Sömnrådgivning", AgencyKind.ChildHealth, nurse, null, null), 0, nurse);

        await child.ProposeHandoverAsync(To(principal, ChildContactRole.PreschoolPrincipal), nurse);
        var after = await child.AcceptHandoverAsync(principal);

        Assert.Equal(principal, after.ChildContactId);
        Assert.Equal(ChildContactRole.PreschoolPrincipal, after.ContactRole);
        Assert.Null(after.PendingHandover);
        Assert.Collection(
            after.ContactHistory,
            first => Assert.Equal((nurse, ChildContactRole.ChildHealthNurse, true), (first.ProfessionalId, first.Role, first.Until is not null)),
            second => Assert.Equal((principal, ChildContactRole.PreschoolPrincipal, false), (second.ProfessionalId, second.Role, second.Until is not null)));
        var summary = after.ContactHistory[1].ReceivedSummary!;
        Assert.Equal("Tät kontakt med mamma", summary.WhatWorked);
        Assert.Equal(concern.ConcernId, Assert.Single(summary.OpenConcerns).ConcernId);
        Assert.Equal("Sömnrådgivning", Assert.Single(summary.Plan.Actions).What);
    }

    [Fact]
    public async Task AfterHandoverTheNewBarnkontaktHasTheChildAndGetsNewConcerns()
    {
        var nurse = Children.NewProfessionalId("bvc");
        var principal = Children.NewProfessionalId("forskola");
        var (child, snapshot) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(3));
        await child.ProposeHandoverAsync(To(principal, ChildContactRole.PreschoolPrincipal), nurse);
        await child.AcceptHandoverAsync(principal);

        var raised = await child.RaiseConcernAsync(new NewConcern("johan-polis", "Sågs ensam ute", [NeedsArea.Safe]));

        var oldContact = fixture.Grains.GetGrain<IProfessionalGrain>(nurse);
        var newContact = fixture.Grains.GetGrain<IProfessionalGrain>(principal);
        Assert.DoesNotContain(await oldContact.GetCaseloadAsync(), c => c.ChildId == snapshot.ChildId);
        Assert.Contains(await newContact.GetCaseloadAsync(), c => c.ChildId == snapshot.ChildId);
        Assert.Contains(await newContact.GetOpenConcernAlertsAsync(), a => a.Concern.ConcernId == raised.ConcernId);
        Assert.DoesNotContain(await oldContact.GetOpenConcernAlertsAsync(), a => a.Concern.ConcernId == raised.ConcernId);
    }

    [Fact]
    public async Task HandoverToTheWrongLifePhaseIsRefusedAndChangesNothing()
    {
        var midwife = Children.NewProfessionalId("barnmorska");
        var (child, before) = await Children.RegisterAsync(fixture.Grains, midwife, ChildContactRole.Midwife, TestPersonnummer.AgedYears(2));

        var refused = await Assert.ThrowsAsync<DomainRuleException>(
            () => child.ProposeHandoverAsync(To("erik-rektor", ChildContactRole.SchoolPrincipal), midwife));

        Assert.Equal("toRole", refused.Field);
        Assert.Contains("aged 2", refused.Rule);
        var after = await child.GetSnapshotAsync();
        Assert.Equal(before.Version, after.Version);
        Assert.Null(after.PendingHandover);
    }

    [Fact]
    public async Task AnExceptionWithAReasonAllowsAnUnusualHandover()
    {
        var midwife = Children.NewProfessionalId("barnmorska");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, midwife, ChildContactRole.Midwife, TestPersonnummer.AgedYears(2));

        await Assert.ThrowsAsync<DomainRuleException>(() => child.ProposeHandoverAsync(To("erik-rektor", ChildContactRole.SchoolPrincipal, isException: true), midwife));
        var proposed = await child.ProposeHandoverAsync(
            To("erik-rektor", ChildContactRole.SchoolPrincipal, isException: true, reason: "Syskon på skolan; rektorn har familjens förtroende"), midwife);

        Assert.True(proposed.PendingHandover!.Handover.IsException);
    }

    [Fact]
    public async Task OnlyTheProposedReceiverAcceptsAndOnlyTheBarnkontaktProposes()
    {
        var nurse = Children.NewProfessionalId("bvc");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(4));

        await Assert.ThrowsAsync<NotPermittedException>(() => child.ProposeHandoverAsync(To("maria-forskola", ChildContactRole.PreschoolPrincipal), "sara-soc"));
        await child.ProposeHandoverAsync(To("maria-forskola", ChildContactRole.PreschoolPrincipal), nurse);
        await Assert.ThrowsAsync<NotPermittedException>(() => child.AcceptHandoverAsync("erik-rektor"));
        await Assert.ThrowsAsync<StateConflictException>(() => child.ProposeHandoverAsync(To("maria-forskola", ChildContactRole.PreschoolPrincipal), nurse));

        Assert.Equal(nurse, (await child.GetSnapshotAsync()).ChildContactId);
    }

    [Fact]
    public async Task EnrolmentLetsTheReceivingPrincipalProposeAndAWithdrawnHandoverMovesNothing()
    {
        var nurse = Children.NewProfessionalId("bvc");
        var principal = Children.NewProfessionalId("forskola");
        var (child, _) = await Children.RegisterAsync(fixture.Grains, nurse, ChildContactRole.ChildHealthNurse, TestPersonnummer.AgedYears(1));

        await child.ProposeHandoverAsync(To(principal, ChildContactRole.PreschoolPrincipal) with { Trigger = HandoverTrigger.Enrolment }, principal);
        var withdrawn = await child.WithdrawHandoverAsync(nurse);

        Assert.Null(withdrawn.PendingHandover);
        Assert.Equal(nurse, withdrawn.ChildContactId);

        // Once withdrawn, the principal has no relation to the child: refused, and told nothing about its state.
        await Assert.ThrowsAsync<NotPermittedException>(() => child.AcceptHandoverAsync(principal));
    }
}
