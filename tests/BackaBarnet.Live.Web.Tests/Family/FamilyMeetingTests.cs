using System.Net.Http.Json;
using BackaBarnet.Live.GrainInterfaces.Assessments;
using BackaBarnet.Live.GrainInterfaces.Children;
using BackaBarnet.Live.GrainInterfaces.Domain;
using BackaBarnet.Live.GrainInterfaces.Family;
using BackaBarnet.Live.GrainInterfaces.Sessions;
using BackaBarnet.Live.TestSupport;
using Microsoft.AspNetCore.SignalR.Client;

namespace BackaBarnet.Live.Web.Tests.Family;

/// <summary>The child and the guardians in a live meeting: their ratings stay hidden until the reveal, consent opens an agency live, and the family sees only what is shared.</summary>
[Collection(LiveSystemCollection.Name)]
public sealed class FamilyMeetingTests(LiveSystem system)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(5);

    private static readonly AreaRating[] ChildRatings = Enum.GetValues<NeedsArea>().Select(a => new AreaRating(a, 4)).ToArray();

    [Fact]
    public async Task TheChildsRatingIsHiddenUntilTheRevealThenStandsBesideTheConsensusAndReachesTheRecordOnClose()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        var world = await FamilyMeetings.CreateAsync(erik, nurse);
        await using var convener = await SessionParticipant.JoinAsync(erik, world.SessionId);
        await using var bvc = await SessionParticipant.JoinAsync(nurse, world.SessionId);
        using var child = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Child);
        using var guardian = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Guardian);
        await using var childHub = await child.ConnectAsync();
        await using var guardianHub = await guardian.ConnectAsync();
        await childHub.InvokeAsync<FamilyMeetingView>("JoinMeeting", world.SessionId, world.ChildId);
        await guardianHub.InvokeAsync<FamilyMeetingView>("JoinMeeting", world.SessionId, world.ChildId);

        var rated = await childHub.InvokeAsync<EditOutcome>("SubmitRatings", world.SessionId, world.ChildId, ChildRatings);
        await bvc.WaitForVersionAsync(rated.SessionVersion, Wait);
        var beforeForProfessional = await bvc.Connection.InvokeAsync<SessionSnapshot>("GetSession", world.SessionId);
        var beforeForGuardian = await guardianHub.InvokeAsync<FamilyMeetingView>("GetMeeting", world.SessionId, world.ChildId);
        var beforeForChild = await childHub.InvokeAsync<FamilyMeetingView>("GetMeeting", world.SessionId, world.ChildId);

        Assert.Empty(beforeForProfessional.Agenda[0].ChildOwnView);
        Assert.DoesNotContain(bvc.Events, e => e.ChildOwnView is { Count: > 0 });
        Assert.Empty(beforeForGuardian.Child.ChildOwnView);
        Assert.True(beforeForGuardian.Child.ChildHasRated);
        Assert.Equal(ChildRatings, beforeForChild.Child.ChildOwnView);

        var revealed = await convener.InvokeAsync("RevealRatings", world.ChildId);
        await bvc.WaitForVersionAsync(revealed.SessionVersion, Wait);
        var reveal = bvc.Events.Single(e => e.Version == revealed.SessionVersion);
        var afterForGuardian = await guardianHub.InvokeAsync<FamilyMeetingView>("GetMeeting", world.SessionId, world.ChildId);

        Assert.Equal(ChildRatings, reveal.ChildOwnView);
        Assert.Equal(ChildRatings, afterForGuardian.Child.ChildOwnView);

        await (await erik.Http.PostAsync($"/api/sessions/{world.SessionId}/close", null)).EnsureSuccessAsync();
        var record = await erik.Http.GetFromJsonAsync<ChildSnapshot>($"/api/children/{world.ChildId}", Json.Options);

        Assert.Contains(record!.Assessments, a => a.Rater == RaterKind.Child && a.Ratings.SequenceEqual(ChildRatings));
    }

    [Fact]
    public async Task BothGuardiansConsentOpensSocialServicesLiveAndOneGuardiansNoClosesIt()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        using var sara = await system.SignInAsync("sara-soc");
        var world = await FamilyMeetings.CreateAsync(erik, nurse);
        await using var social = await SessionParticipant.JoinAsync(sara, world.SessionId);
        using var mother = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Guardian, 1);
        using var father = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Guardian, 2);
        await using var motherHub = await mother.ConnectAsync();
        await using var fatherHub = await father.ConnectAsync();
        await motherHub.InvokeAsync<FamilyMeetingView>("JoinMeeting", world.SessionId, world.ChildId);
        await fatherHub.InvokeAsync<FamilyMeetingView>("JoinMeeting", world.SessionId, world.ChildId);
        Assert.True(social.Joined.Agenda[0].Restricted);

        var afterOne = await motherHub.InvokeAsync<FamilyMeetingView>("SetConsent", world.SessionId, world.ChildId, AgencyKind.SocialServices, true);
        var stillRestricted = await sara.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{world.SessionId}", Json.Options);
        await Eventually.HoldsAsync(() => father.Pushes.Any(p => p.SessionId == world.SessionId), Wait, "the other guardian's device to hear of the yes");

        Assert.False(afterOne.Child.Consents.Single(c => c.Agency == AgencyKind.SocialServices).InForce);
        Assert.True(stillRestricted!.Agenda[0].Restricted);

        var afterBoth = await fatherHub.InvokeAsync<FamilyMeetingView>("SetConsent", world.SessionId, world.ChildId, AgencyKind.SocialServices, true);
        Assert.True(afterBoth.Child.Consents.Single(c => c.Agency == AgencyKind.SocialServices).InForce);
        await Eventually.HoldsAsync(() => social.Events.Any(e => e.Kind == SessionEventKind.SharingChanged), Wait, "the social worker's view to open live");
        var opened = await sara.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{world.SessionId}", Json.Options);
        Assert.False(opened!.Agenda[0].Restricted);

        await motherHub.InvokeAsync<FamilyMeetingView>("SetConsent", world.SessionId, world.ChildId, AgencyKind.SocialServices, false);
        var closed = await sara.Http.GetFromJsonAsync<SessionSnapshot>($"/api/sessions/{world.SessionId}", Json.Options);
        Assert.True(closed!.Agenda[0].Restricted);
    }

    [Fact]
    public async Task TheChildCannotGiveConsent()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        var world = await FamilyMeetings.CreateAsync(erik, nurse);
        using var child = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Child);
        await using var hub = await child.ConnectAsync();

        var refused = await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() =>
            hub.InvokeAsync<FamilyMeetingView>("SetConsent", world.SessionId, world.ChildId, AgencyKind.SocialServices, true));

        Assert.Contains("family.guardians-only", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheFamilyViewAndItsPushesNeverCarryAConcernAnUnsharedItemOrANote()
    {
        using var erik = await system.SignInAsync(FamilyMeetings.Convener);
        using var nurse = await system.SignInAsync("anna-bvc");
        var world = await FamilyMeetings.CreateAsync(erik, nurse);
        await using var convener = await SessionParticipant.JoinAsync(erik, world.SessionId);
        using var guardian = await FamilyMember.SignInAsync(system.BaseAddress, world.ChildId, FamilyRelation.Guardian);
        await using var hub = await guardian.ConnectAsync();
        await hub.InvokeAsync<FamilyMeetingView>("JoinMeeting", world.SessionId, world.ChildId);

        await convener.InvokeAsync("SaveAction", world.ChildId, null, new SessionActionInput(FamilyMeetings.SharedAction, AgencyKind.SchoolOrPreschool, "erik-rektor", null), 0L);
        await convener.InvokeAsync("SaveAction", world.ChildId, null, new SessionActionInput(FamilyMeetings.UnsharedAction, AgencyKind.SocialServices, null, null) { SharedWithFamily = false }, 0L);
        var last = await convener.InvokeAsync("SaveDetails", world.ChildId,
            new SessionPlanDetails([new GrainInterfaces.Plans.PlanGoal(FamilyMeetings.Goal, [NeedsArea.Safe])], null, DateOnly.FromDateTime(DateTime.UtcNow.AddDays(30)), FamilyMeetings.Minutes), 0L);
        await Eventually.HoldsAsync(() => guardian.Pushes.Any(p => p.Version >= last.SessionVersion), Wait, "the family device to hear of the last change");
        var page = await guardian.Http.GetStringAsync($"/api/family/meetings/{world.SessionId}?childId={world.ChildId}");
        var plan = await guardian.Http.GetStringAsync($"/api/family/meetings/{world.SessionId}/plan?childId={world.ChildId}");

        var pushedView = (await hub.InvokeAsync<System.Text.Json.JsonElement>("GetMeeting", world.SessionId, world.ChildId)).GetRawText();
        pushedView = System.Text.RegularExpressions.Regex.Unescape(pushedView);

        foreach (var shown in new[] { page, plan, pushedView })
        {
            Assert.Contains(FamilyMeetings.SharedAction, shown, StringComparison.Ordinal);
            Assert.Contains(FamilyMeetings.Goal, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(FamilyMeetings.UnsharedAction, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(FamilyMeetings.ConcernText, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(FamilyMeetings.Minutes, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(world.Personnummer, shown, StringComparison.Ordinal);
        }

        // A push binds to (session id, version) and nothing else: the device reads its own family view.
        Assert.All(guardian.Pushes, push => Assert.Equal(world.SessionId, push.SessionId));
    }
}
